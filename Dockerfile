# mpn-bot in a container: a slim Python base, a non-root user, the database on a volume.
#   docker build -t mpn-bot .
#   docker run -d --name mpn-bot -p 3000:3000 -v mpn-data:/data \
#     -e SLACK_BOT_TOKEN=xoxb-... -e SLACK_SIGNING_SECRET=... mpn-bot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    MPN_DB=/data/mpn-bot.db PORT=3000 MPN_LOG_FORMAT=json

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY rules ./rules
COPY storage ./storage
RUN pip install --no-cache-dir . && useradd --system --uid 10001 --home /data mpn \
    && mkdir -p /data && chown mpn /data

USER mpn
VOLUME ["/data"]
EXPOSE 3000
# Liveness: the process answers and the database reads (readiness, /readyz, is for load balancers).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=4)"]
# SIGTERM (docker stop) stops mpn-bot cleanly: the post in flight finishes, the sender lease is handed back.
STOPSIGNAL SIGTERM
CMD ["mpn-bot", "run"]
