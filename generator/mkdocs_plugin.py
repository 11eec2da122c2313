"""The `arsip` MkDocs plugin: Arsip's options in mkdocs.yml, and generation before every MkDocs build.

With it, `mkdocs serve` regenerates the pages whenever a seed changes (mkdocs.yml lists `seeds/` under
`watch:`), and a plain `mkdocs build` is never built from stale pages.
"""

from __future__ import annotations

import html
import logging
import os
import re
import threading
from pathlib import Path, PurePosixPath

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from . import pipeline, search_index
from .editorial import default_data_dir
from .formats import InputOptions
from .options import FEED_PATH, HTML_META, THEME_DIR, RenderOptions
from .write import read_manifest

log = logging.getLogger("mkdocs.plugins.arsip")

_HTML_LANG = re.compile(r'<html lang="[^"]*"')
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")


class ArsipPluginConfig(Config):
    seeds_dir = c.Type(str, default="seeds")
    """Folder of raw articles, relative to mkdocs.yml."""
    data_dir = c.Optional(c.Type(str))
    """Folder with boilerplate.yml, outlets.yml and agencies.yml; default: the ones shipped in generator/data."""
    latest_on_home = c.Type(int, default=10)
    """How many of the newest articles the home page lists."""
    months_split_over = c.Type(int, default=100)
    """A year with more articles than this gets one index page per month."""
    list_page_size = c.Type(int, default=100)
    """Articles per page on actor, outlet and month pages; longer lists continue on further pages."""
    fields = c.Type(dict, default={})
    """Which columns of a CSV/JSON/JSONL export hold each field: `title`, `body`, `url`, `date`, `author`,
    `outlet` → a column name or a list tried in order. Unset fields use the defaults (news-watch, trafilatura's
    JSON, `judul`/`tautan`/`tanggal`/`isi_berita`)."""
    date_order = c.Choice(("DMY", "MDY", "YMD"), default="DMY")
    """The order of a numeric date in an export (10/11/2025): the same for every row, never guessed."""
    pagefind = c.Type(bool, default=True)
    """Index the built site with Pagefind and answer the header search with it (Material's search plugin off)."""
    pagefind_shard_size = c.Type(int, default=search_index.SHARD_SIZE)
    """The most pages one Pagefind run indexes: a larger site is indexed in parts (Pagefind holds about 190 KB a
    page in memory while it runs), which the header search asks together."""


def options_from(plugin_config: ArsipPluginConfig, mkdocs_config, site_url: str | None = None) -> pipeline.Options:
    """site_url: the archive's address as configured, when mkdocs_config's is another (`mkdocs serve` puts its own
    address there)."""
    base = Path(mkdocs_config.config_file_path or ".").resolve().parent
    try:
        inputs = InputOptions.from_config(plugin_config.fields, plugin_config.date_order)
    except ValueError as error:
        raise PluginError(f"arsip: {error}") from error
    return pipeline.Options(
        inputs=inputs,
        seeds_dir=base / plugin_config.seeds_dir,
        docs_dir=Path(mkdocs_config.docs_dir),
        data_dir=base / plugin_config.data_dir if plugin_config.data_dir else None,
        render=RenderOptions(
            site_title=mkdocs_config.site_name,
            site_url=(site_url if site_url is not None else mkdocs_config.site_url) or None,
            latest_on_home=plugin_config.latest_on_home,
            months_split_over=plugin_config.months_split_over,
            list_page_size=max(1, plugin_config.list_page_size),
        ),
    )


class ArsipPlugin(BasePlugin[ArsipPluginConfig]):
    _generated: set[str] = set()  # pages the generator wrote, read once per build (after generation)
    _serving = False  # started by `mkdocs serve`
    _indexing: threading.Thread | None = None  # Pagefind indexing in the background while serving
    _dirty = False  # MkDocs builds only the pages whose source changed
    _rebuilt: set[str] = set()  # the addresses of the pages with text for the search that this build wrote
    _settling: threading.Thread | None = None  # while serving, the whole run that follows a preview
    _settle_next: pipeline.Options | None = None  # a preview was shown: the whole run to start after the build

    def on_config(self, config):
        """Layer Arsip's theme files (the Pagefind header search) over Material, under the user's custom_dir."""
        if self.config.pagefind:
            if "material/search" in config.plugins or "search" in config.plugins:
                raise PluginError("arsip: the archive's search is Pagefind (option `pagefind`); remove the "
                                  "`search` plugin from mkdocs.yml, or set `pagefind: false` to keep Material's")
            dirs = config.theme.dirs
            dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        return config

    def on_files(self, files, *, config):
        self._generated = read_manifest(Path(config.docs_dir))
        return files

    def on_serve(self, server, *, config, builder):
        """Rebuild when the editorial data or the page templates change, not only the seeds; and watch only the
        hand-written part of the docs folder. MkDocs polls every watched file twice a second, in threads that share
        the interpreter with the build: at 10,000 articles the generated pages cost 0.4 s a poll, most of a core,
        and the generator writes them itself from the seeds, data and templates watched here."""
        options = options_from(self.config, config, self._configured_site_url(config))
        server.watch(str(options.data_dir or default_data_dir()))
        server.watch(str(Path(__file__).parent / "templates"))
        docs = Path(config.docs_dir)
        # the first build, made before this event, read the generator's manifest (on_files)
        if self._generated and os.path.abspath(config.docs_dir) in getattr(server, "_watched_paths", {}):
            server.unwatch(str(docs))
            server.watch(str(docs), recursive=False)  # a page added at the top is still seen
            for path, recursive in hand_written_parts(docs, self._generated):
                server.watch(str(path), recursive=recursive)
        return server

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        """Escape the metadata themes print as HTML on hand-written pages. MkDocs' Jinja does not autoescape
        and Material writes `page.meta.title` and `description` raw into <title>, the header and a <meta>
        attribute. Generated pages already carry them escaped (render.HTML_META)."""
        if page.file.src_uri in self._generated:
            return markdown
        for key in HTML_META:
            value = page.meta.get(key)
            if isinstance(value, str):
                page.meta[key] = html.escape(value, quote=True)
        return markdown

    def on_page_content(self, html_content: str, *, page, config, files) -> str:
        """A generated page's Markdown is not needed once it is HTML: MkDocs converts every page before it writes
        any, and would keep both texts of all of them in memory until the end (about 300 MB at 10,000 articles)."""
        if page.file.src_uri in self._generated:
            page.markdown = None
        return html_content

    def on_post_page(self, output: str, *, page, config) -> str:
        """Every page's head names the archive's Atom feed, by a link that works under any sub-path. An article
        in another language than the site's says so in <html lang>: browsers and Pagefind's stemmer use it."""
        depth = page.url.count("/") if page.url and not page.url.endswith(".html") else 0
        language = page.meta.get("language") if page.file.src_uri in self._generated else None
        if isinstance(language, str) and _LANGUAGE_CODE.fullmatch(language):
            output = _HTML_LANG.sub(f'<html lang="{language}"', output, count=1)
        if page.file.src_uri in self._generated and "source_file" in page.meta:
            # an article: what Zotero's connector and other reference managers read to save it as a news article
            from .cite import head_tags  # imported when pages are built: a run with nothing to build skips it

            tags = head_tags(page.meta)
            if tags and "</head>" in output:
                output = output.replace("</head>", tags + "\n</head>", 1)
        if "data-pagefind-body" in output:
            self._rebuilt.add(search_index.page_url(page.file.dest_uri))
        return _link_feed(output, config, "../" * depth + FEED_PATH)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serving = command == "serve"
        self._dirty = dirty
        if self._serving:
            pipeline.keep_warm()  # each rebuild after an edit reads and unpickles only what changed

    def _configured_site_url(self, config) -> str:
        """The archive's address as mkdocs.yml gives it ("" for none). `mkdocs serve` replaces config.site_url with
        the server's own address before any plugin event; pages generated with that one would differ from a
        build's: every page written again at each switch, and the server's address in the sources."""
        if not self._serving or not config.config_file_path:
            return config.site_url or ""
        from mkdocs.utils.yaml import yaml_load

        with open(config.config_file_path, "rb") as source:
            configured = yaml_load(source).get("site_url") or ""
        return configured if not configured or configured.endswith("/") else configured + "/"  # as MkDocs' URL option

    def on_post_build(self, *, config) -> None:
        self._index(config)
        if self._settle_next is not None:  # a preview was built: now the whole run, in the background
            self._settling = threading.Thread(target=self._settle, args=(self._settle_next,), daemon=True)
            self._settle_next = None
            self._settling.start()

    def _index(self, config) -> None:
        """Index the built site with Pagefind: article text, titles and actor names (data-pagefind-body); after a
        dirty build, only the pages it built again, beside the full index (search_index).

        While `mkdocs serve` runs with an index already in the site (a rebuild after an edit, with --dirty), the
        edited page is served at once and the index is brought up to date in the background, the new one put in
        place of the old when it is complete: the search answers from the old index for those seconds. A build
        that ships a site always indexes before it ends."""
        if not self.config.pagefind:
            return
        site = Path(config.site_dir)
        rebuilt = set(self._rebuilt) if self._dirty else None
        self._wait_for_index()  # the index of the last save finishes first: two never write at once
        if self._serving and (site / search_index.BUNDLE / "pagefind.js").is_file():
            self._indexing = threading.Thread(target=self._index_in_background,
                                              args=(site, rebuilt, self.config.pagefind_shard_size), daemon=True)
            self._indexing.start()
            return
        try:
            search_index.update(site, rebuilt, self.config.pagefind_shard_size)
        except search_index.SearchIndexError as error:
            raise PluginError(str(error)) from error

    def _wait_for_index(self) -> None:
        if self._indexing is not None:
            self._indexing.join()
            self._indexing = None

    @staticmethod
    def _index_in_background(site: Path, rebuilt: set[str] | None, shard_size: int) -> None:
        try:
            search_index.update(site, rebuilt, shard_size)
        except search_index.SearchIndexError as error:
            log.error("%s", error)

    def on_post_template(self, output_content: str, *, template_name: str, config) -> str:
        """The 404 page is served at any depth: like Material's own links there, the feed link is absolute."""
        if template_name != "404.html":
            return output_content
        return _link_feed(output_content, config, "/" + FEED_PATH)

    def on_pre_build(self, *, config) -> None:
        """Generate the pages. While `mkdocs serve --dirty` runs, an edited article is first shown from its new
        text with the rest of the archive as it was (pipeline.preview); the whole run follows in the background
        after the build (on_post_build), and the pages it changes are built when it ends."""
        self._rebuilt = set()
        options = options_from(self.config, config, self._configured_site_url(config))
        if pipeline.take_generated_mark(options.docs_dir):
            return  # `arsip build` generated the pages a moment ago
        self._wait_for_settling()  # one run at a time: a save during the whole run waits for it
        if self._serving and self._dirty:
            try:
                shown = pipeline.preview(options)
            except Exception as error:  # a preview is a shortcut: the whole run says what is wrong
                log.info("arsip: no preview (%s)", error)
                shown = []
            if shown:
                log.info("arsip: %s shown from the edit; the whole archive follows", ", ".join(shown))
                self._settle_next = options
                return
        try:
            report = pipeline.generate(options)
        except Exception as error:  # the build must say why generation failed, not print a traceback
            raise PluginError(f"arsip: generation failed: {error}") from error
        _log_report(report)

    def _wait_for_settling(self) -> None:
        if self._settling is not None:
            self._settling.join()
            self._settling = None

    def _settle(self, options: pipeline.Options) -> None:
        """The whole run after a preview. Its end rewrites the run's files at the top of the docs folder, which the
        server watches, so that a build follows with the pages it changed."""
        try:
            _log_report(pipeline.generate(options, workers=1))  # no process forked from this thread
        except Exception as error:
            log.error("arsip: generation failed: %s", error)
            return
        log.info("arsip: the whole archive is up to date")


def _log_report(report: pipeline.Report) -> None:
    """What a run skipped or could not write, and what it wrote."""
    for problem in report.skipped + report.duplicates:
        log.warning("arsip: skipped %s: %s", problem.path, problem.reason)
    for problem in report.warnings:
        log.warning("arsip: %s: %s", problem.path, problem.reason)
    for path in report.write.conflicts:
        log.warning("arsip: %s is not a generated page; left as it is and not regenerated", path)
    log.info("arsip: %d article pages; %d pages written, %d unchanged, %d removed",
             report.article_pages, len(report.write.written), len(report.write.unchanged),
             len(report.write.removed))


def hand_written_parts(docs: Path, generated: set[str]) -> list[tuple[Path, bool]]:
    """What to watch below the docs folder for hand-written pages, as (path, recursive): a folder that holds no
    generated page whole; in one that does, its hand-written files one by one and its other folders the same way.
    The folder itself is left to the caller (watched without its subfolders)."""
    holding = {part for name in generated for part in (PurePosixPath(name).parents) if str(part) != "."}

    def walk(folder: Path, relative: PurePosixPath) -> list[tuple[Path, bool]]:
        found = []
        for child in sorted(folder.iterdir()):
            name = relative / child.name
            if child.name.startswith("."):
                continue  # the run's own files (.arsip-*), editors' and version control's
            if child.is_dir():
                found += walk(child, name) if name in holding else [(child, True)]
            elif relative != PurePosixPath(".") and str(name) not in generated:
                found.append((child, False))
        return found

    return walk(docs, PurePosixPath("."))


def _link_feed(output: str, config, relative_href: str) -> str:
    href = config.site_url.rstrip("/") + "/" + FEED_PATH if config.site_url else relative_href
    tag = (f'<link rel="alternate" type="application/atom+xml" title="{html.escape(config.site_name)}" '
           f'href="{html.escape(href)}">')
    return output.replace("</head>", f"  {tag}\n</head>", 1)


os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
