"""Builder neutrality: the generated site_src/ is plain Markdown + front matter, and Zensical (Material's
successor, which reads mkdocs.yml but runs no MkDocs plugins) builds it. What works is checked here; what
does not is listed in the README."""

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import arsip, make_project
from test_build import article_pages, resolve
from test_publish import external, parse


def test_zensical_builds_the_generated_pages_with_every_link_working(tmp_path, built_site):
    project = make_project(tmp_path / "project")
    arsip("generate", cwd=project)  # Zensical runs no MkDocs plugin: generate first
    zensical = Path(sys.executable).parent / "zensical"
    result = subprocess.run([str(zensical), "build"], cwd=project, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"
    pages = {p.relative_to(site).as_posix() for p in site.rglob("index.html")}
    mkdocs_pages = {p.relative_to(built_site / "site").as_posix() for p in (built_site / "site").rglob("index.html")}
    assert pages == mkdocs_pages
    for html in article_pages(project).values():
        assert (site / html).is_file()
    broken, loads = [], []
    for page in site.rglob("*.html"):
        parsed = parse(page.read_text())
        loads += [u for u in parsed.loads if external(u)]
        for url in parsed.links + parsed.loads:
            target = resolve(site, page, url)
            if target is not None and not target.exists():
                broken.append(f"{page.relative_to(site)}: {url}")
    assert broken == [] and loads == []
    assert 'class="arsip-chart"' in (site / "actors" / "index.html").read_text()
    shutil.rmtree(site)
