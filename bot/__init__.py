"""mpn-bot's Slack side: the only package that knows Slack."""
