"""Fanpage posts: composed texts for Facebook and Zalo, their social cards, and /bai-dang/."""
