"""mpn-bot's records in SQLite: the only package that knows SQL."""
