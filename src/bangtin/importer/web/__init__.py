"""A republished copy's headline, lead and title lines, read by kind; `headline` calls them."""
