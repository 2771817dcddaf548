"""Renderers: answer objects in, Slack messages out (Block Kit from slack_sdk's models, plus plain text).

Every surface renders through here; the console turns the same blocks into terminal text. Every string
built from user text goes through ``escape_mrkdwn`` so ``<!channel>`` in an offer name pings nobody.
"""

from bot.render.reply import Reply

__all__ = ["Reply"]
