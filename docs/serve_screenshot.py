"""Regenerate docs/serve.png, the README's picture of `pressparse serve`.

Runs the app on a free loopback port, pastes a sample release (written here), extracts it, checks a
claim, hovers a figure and screenshots the top of the page with Debian's Chromium through
Playwright; pngquant, when installed, makes the PNG small.

    PYTHONPATH=src python docs/serve_screenshot.py
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from pressparse.serve.app import create_app

OUT = Path(__file__).with_name("serve.png")
RELEASE = """Ministry of Water Resources
March 12, 2024

Beijing, March 12 -- China completed 1,850 rural water supply projects in 2023, bringing safe drinking \
water to 31.6 million people, Vice Minister Wang Jiaming of the Ministry of Water Resources said on Tuesday.

Speaking at a press conference of the State Council Information Office, Wang said the central government \
had allocated 48.2 billion yuan to the programme, up 6.5 percent from a year earlier. In Gansu Province, \
about 12,000 kilometres of pipes were laid, and tap water now reaches 92 percent of villages in Dingxi City.

"Every household should have clean water within reach," Wang said."""
CLAIM = "Rural water projects brought safe drinking water to about 32 million people in 2023."


def main() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app("fast"), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1100, "height": 1180})
            page.goto(f"http://127.0.0.1:{sock.getsockname()[1]}/")
            page.fill("#article", RELEASE)
            page.evaluate("document.getElementById('article').scrollTop = 0")
            page.fill("#claim", CLAIM)
            page.click("#check")
            page.wait_for_selector("#verdict:not([hidden])")
            page.wait_for_timeout(1500)  # the page scrolls the evidence into view, smoothly
            page.evaluate("window.scrollTo(0, 0)")
            page.hover('#article-view mark.k-quantity:text-is("1,850")')
            page.screenshot(path=str(OUT))
            browser.close()
    finally:
        server.should_exit = True
        thread.join()
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--output", str(OUT), "64", str(OUT)], check=False)
    print(f"{OUT}: {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
