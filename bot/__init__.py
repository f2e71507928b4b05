"""Dars: a Telegram math tutor for grades 6-8 in Bangladesh."""
