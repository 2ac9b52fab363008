"""Follow-up: tasks and deadlines, calendars, the practices registry, news and statistics."""
