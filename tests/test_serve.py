"""`mkdocs serve --livereload` regenerates the archive when a seed is added (the arsip plugin + `watch: [seeds]`).

Without --livereload MkDocs 1.6 watches nothing at all (with click newer than 8.2.1 it is off by default).
"""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from serve import fetch, free_port, wait_for  # noqa: E402  (the serve benchmark polls the same way)


def test_serve_picks_up_a_new_seed(project):
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", "--livereload"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert wait_for(lambda: fetch(base), 60), "mkdocs serve did not start"
        (project / "seeds" / "baru.txt").write_text(
            "Artikel Baru Tentang Pertemuan Puncak di Vladivostok\n\nSenin, 2 Oktober 2023 - 09:00 WIB\n\n"
            "Para pemimpin bertemu lagi di Vladivostok untuk membahas kerja sama ekonomi dan militer.\n",
            encoding="utf-8",
        )
        page = "articles/2023/10/artikel-baru-tentang-pertemuan-puncak-di-vladivostok/"
        html = wait_for(lambda: fetch(base + page), 60)
        assert html and "Para pemimpin bertemu lagi di Vladivostok" in html
        assert "Artikel Baru Tentang Pertemuan Puncak" in (fetch(base) or "")
    finally:
        server.terminate()
        server.wait(timeout=30)
