"""``pressparse serve``: a page and a JSON API over extraction and checking (``pressparse[serve]``).

The application lives in ``app``, the worker process holding the pipeline in ``engine``, the body
limit in ``limits``; the page is plain HTML, CSS and JavaScript in ``static/``.
"""

from __future__ import annotations

import ipaddress
import logging

log = logging.getLogger("pressparse.serve")
# Seconds one request may take: a typical article takes well under a second, one of the default
# maximum size (5 MB) tens of seconds in full mode.
DEFAULT_TIMEOUT = 60.0


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens on this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1"), is_loopback("0.0.0.0")
    (True, True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(host: str, port: int, mode: str, *, max_bytes: int, timeout: float | None) -> None:
    """Run the server with uvicorn until interrupted."""
    import uvicorn

    from .app import create_app

    if not is_loopback(host):
        log.warning("listening on %s: anyone who can reach this machine can use the server", host)
    log.info("loading the %s pipeline; then open http://%s:%d/", mode, host if ":" not in host else f"[{host}]", port)
    uvicorn.run(create_app(mode, max_bytes=max_bytes, timeout=timeout), host=host, port=port, log_level="info",
                server_header=False)
