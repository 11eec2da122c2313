"""`arsip`: generate the archive's pages, build the site, and explain how a seed was cleaned."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's notice about MkDocs 2.0 on every build

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import __version__, pipeline
from .editorial import EditorialDataError, load_editorial
from .read import count_files

PROGRESS_OVER = 20  # fewer articles than this finish before a bar is worth drawing

console = Console(stderr=True, highlight=False, soft_wrap=True)  # a summary line is one line in a log


def _load(config_file: Path):
    """The MkDocs configuration and Arsip's options from its `arsip` plugin entry."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    from .mkdocs_plugin import ArsipPlugin, options_from

    try:
        config = load_config(config_file=str(config_file))
    except (ConfigurationError, OSError) as error:
        raise click.ClickException(f"{config_file}: {error}") from error
    plugin = next((p for p in config.plugins.values() if isinstance(p, ArsipPlugin)), None)
    if plugin is None:
        raise click.ClickException(f"{config_file}: the `arsip` plugin is not listed under `plugins:`")
    return config, options_from(plugin.config, config)


def _generate(options: pipeline.Options) -> pipeline.Report:
    if count_files(options.seeds_dir, PROGRESS_OVER + 1) <= PROGRESS_OVER:
        return pipeline.generate(options)
    columns = (TextColumn("cleaning articles"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("clean", total=None)
        return pipeline.generate(options, progress=lambda done, total: bar.update(task, completed=done, total=total))


def _summary(report: pipeline.Report) -> None:
    for problem in report.skipped:
        console.print(f"[yellow]skipped[/] {problem.path}: {problem.reason}")
    for problem in report.duplicates:
        console.print(f"[yellow]duplicate[/] {problem.path}: {problem.reason}")
    for problem in report.warnings:
        console.print(f"[yellow]warning[/] {problem.path}: {problem.reason}")
    for path in report.write.conflicts:
        console.print(f"[red]conflict[/] {path}: a file the generator did not write is in the way; left untouched")
    write = report.write
    console.print(
        f"arsip: {report.files_seen} inputs read: {report.article_pages} article pages, "
        f"{len(report.duplicates)} duplicates, {len(report.skipped)} skipped. "
        f"Pages: {len(write.written)} written, {len(write.unchanged)} unchanged, {len(write.removed)} removed"
        + (f", {len(write.conflicts)} conflicts" if write.conflicts else "") + "."
    )
    if not report.accounted:  # a bug, never expected: say so loudly rather than lose an article quietly
        console.print("[red]arsip: the counts do not add up: an article may have been lost[/]")


def _run_generation(config_file: Path, strict: bool):
    config, options = _load(config_file)
    return config, options, _generation_report(options, strict)


def _generation_report(options: pipeline.Options, strict: bool) -> pipeline.Report:
    try:
        report = _generate(options)
    except EditorialDataError as error:
        raise click.ClickException(str(error)) from error
    _summary(report)
    if report.write.conflicts or not report.accounted:
        raise click.ClickException("generation incomplete (see above)")
    if strict and report.has_warnings:
        raise click.ClickException("--strict: the run reported problems with its input (see above)")
    return report


config_option = click.option(
    "-f", "--config-file", type=click.Path(dir_okay=False, path_type=Path), default=Path("mkdocs.yml"),
    show_default=True, help="The site's MkDocs configuration (Arsip's options are under `plugins: - arsip`).",
)
strict_option = click.option(
    "--strict", is_flag=True, help="Fail (exit 1) when any seed is skipped, duplicated or read with a warning.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="arsip")
def main() -> None:
    """Arsip turns a folder of scraped news articles into a searchable, cross-linked static archive."""


@main.command()
@config_option
@strict_option
def generate(config_file: Path, strict: bool) -> None:
    """Write the archive's Markdown pages into the docs folder (no site build)."""
    _run_generation(config_file, strict)


BUILD_STAMP = ".arsip-build.json"  # in the docs folder beside the run cache: what the last `arsip build` built from


def _build_inputs(config_file: Path, docs_dir: Path, site_dir: Path, theme_dirs: list[str],
                  generated: frozenset[str]) -> tuple[str, str]:
    """Two digests, from one walk of the folders, of what a page build reads (the configuration, every file of the
    docs folder and of the theme folders by name, size and modification time, the packages' versions): of all of
    it, and of all but the generated pages."""
    from .options import THEME_DIR

    everything, rest = hashlib.sha256(), hashlib.sha256()

    def update(data: bytes, generated_page: bool = False) -> None:
        everything.update(data)
        if not generated_page:
            rest.update(data)

    update(Path(config_file).read_bytes() + b"\0" + str(site_dir.resolve()).encode() + b"\0")
    update(pipeline.code_fingerprint().encode() + b"\0")  # the plugin's own code writes into the pages
    theme_dirs = [*theme_dirs, str(THEME_DIR)]
    update(_versions().encode())
    versioned = _versioned_package_dirs()
    for root in [docs_dir, *map(Path, theme_dirs)]:
        update(f"root:{root.resolve()}\0".encode())
        if root != docs_dir and any(root.resolve().is_relative_to(folder) for folder in versioned):
            continue  # Material's or MkDocs' own theme: its package's version above tells a change
        in_docs = root == docs_dir
        for path, stat in sorted(_files(root).items()):
            if path not in (BUILD_STAMP, pipeline.CACHE_NAME, pipeline.ANALYSIS_CACHE_NAME):
                update(f"{path}\0{stat[0]}\0{stat[1]}\n".encode(), in_docs and path in generated)
    return everything.hexdigest(), rest.hexdigest()


def _versioned_package_dirs() -> tuple[Path, ...]:
    """The folders of MkDocs and Material, whose versions `_versions` digests: a theme folder in them changes only
    with its package's version, so its files (Material's are 14,000) need not be walked."""
    from importlib.util import find_spec

    folders = []
    for package in ("mkdocs", "material"):
        spec = find_spec(package)
        folders += [Path(location).resolve() for location in (spec.submodule_search_locations or ())] if spec else []
    return tuple(folders)


def _versions() -> str:
    """The versions of the packages a page build runs."""
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for package in ("mkdocs", "mkdocs-material", "arsip"):
        try:
            found.append(f"{package}={version(package)}\0")
        except PackageNotFoundError:
            found.append(f"{package}=?\0")
    return "".join(found)


_ENV_TAG = re.compile(rb"!ENV\s*(\[[^\]\n]*\]|\S+)")


def _config_key(config_file: Path) -> str | None:
    """What the MkDocs configuration is made from, told without loading it: the file's bytes and place, the
    environment variables it names with !ENV, Arsip's code and the packages' versions. None for a file that
    inherits another (INHERIT), which this does not follow."""
    try:
        text = config_file.read_bytes()
    except OSError:
        return None
    if re.search(rb"^INHERIT\s*:", text, re.MULTILINE):
        return None
    digest = hashlib.sha256(text + b"\0" + str(config_file.resolve()).encode() + b"\0")
    names = sorted({name.decode() for tag in _ENV_TAG.findall(text) for name in re.findall(rb"\w+", tag)})
    digest.update(json.dumps({name: os.environ.get(name) for name in names}).encode())
    digest.update((_versions() + pipeline.code_fingerprint()).encode())
    return digest.hexdigest()


def _docs_dir_of(config_file: Path) -> Path | None:
    """The docs folder mkdocs.yml names, read without MkDocs (its tags, such as !ENV, read as nothing)."""
    import yaml

    class Plain(yaml.SafeLoader):
        pass

    Plain.add_multi_constructor("", lambda loader, suffix, node: None)
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=Plain)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError):
        return None
    docs = data.get("docs_dir", "docs") if isinstance(data, dict) else None
    return config_file.resolve().parent / docs if isinstance(docs, str) else None


def _options_record(options: pipeline.Options) -> dict:
    return {"seeds_dir": str(options.seeds_dir), "docs_dir": str(options.docs_dir),
            "data_dir": str(options.data_dir) if options.data_dir else None,
            "render": dataclasses.asdict(options.render),
            # the fields as pairs: in their order, which the run's cache key reads (the stamp's keys are sorted)
            "inputs": {"fields": [[name, list(columns)] for name, columns in options.inputs.fields.items()],
                       "date_order": options.inputs.date_order}}


def _options_from_record(record: dict) -> pipeline.Options:
    from .formats import InputOptions
    from .options import RenderOptions

    inputs = record["inputs"]
    return pipeline.Options(
        seeds_dir=Path(record["seeds_dir"]), docs_dir=Path(record["docs_dir"]),
        data_dir=Path(record["data_dir"]) if record["data_dir"] else None,
        render=RenderOptions(**record["render"]),
        inputs=InputOptions(fields={name: tuple(columns) for name, columns in inputs["fields"]},
                            date_order=inputs["date_order"]))


def _recorded_config(stamp: dict | None, key: str | None) -> tuple[pipeline.Options, Path, list[str]] | None:
    """Arsip's options, the site folder and the theme folders as the last `arsip build` loaded them from this
    same configuration (key: `_config_key`), so that a build that finds nothing changed need not load MkDocs."""
    try:
        recorded = stamp["config"] if stamp and key else None
        if recorded is None or recorded["key"] != key:
            return None
        return (_options_from_record(recorded["options"]), Path(recorded["site_dir"]),
                [str(d) for d in recorded["theme_dirs"]])
    except (ValueError, KeyError, TypeError):
        return None


def _files(root: Path) -> dict[str, list[int]]:
    """Every file below root: relative path → [size, modification time in ns]. (os.scandir on strings: a site of
    10,000 pages has some 40,000 files, and pathlib's objects cost more than the stat calls.)"""
    found = {}

    def walk(directory: str, prefix: str) -> None:
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.is_dir():
                    if not entry.is_symlink():  # as os.walk: a linked folder is not followed
                        walk(entry.path, f"{prefix}{entry.name}/")
                    continue
                stat = entry.stat()
                found[prefix + entry.name] = [stat.st_size, stat.st_mtime_ns]

    if root.is_dir():
        walk(str(root), "")
    return found


def _site_digest(site_dir: Path) -> str:
    """A digest of every file in the site by name, size and modification time."""
    return hashlib.sha256(json.dumps(sorted(_files(site_dir).items())).encode()).hexdigest()


def _read_stamp(stamp_path: Path) -> dict | None:
    """What the last `arsip build` recorded (BUILD_STAMP), if it is there and readable."""
    try:
        stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def _last_build(stamp: dict | None, site_dir: Path) -> dict | None:
    """The last build's stamp, if the site is still exactly as that build left it."""
    return stamp if stamp is not None and stamp.get("site") == _site_digest(site_dir) else None


def _fixed_nav(config) -> bool:
    """The navigation is written out in mkdocs.yml with a title for every entry: adding, removing or retitling a
    generated page then changes no other page's navigation, and a page can be rebuilt on its own."""
    def titled(items) -> bool:
        return isinstance(items, list) and all(
            isinstance(item, dict) and len(item) == 1 and isinstance(next(iter(item)), str)
            and (isinstance(next(iter(item.values())), str) or titled(next(iter(item.values()))))
            for item in items)
    return titled(config.nav)


class _DirtyNotice(logging.Filter):
    """MkDocs warns that a dirty build may leave navigation stale; Arsip builds dirty only when it cannot (the
    checks in `build`), so the warning, which strict mode would count as a failure, is not shown."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not (message.startswith("A 'dirty' build is being performed")
                    or message.startswith("The directory contains stale files"))


def _remove_built(config, docs_dir: Path, pages: set[str]) -> None:
    """Take the built output of pages that are gone out of the site (a dirty build only adds and replaces)."""
    from mkdocs.structure.files import File

    site = Path(config.site_dir)
    for page in sorted(pages):
        built = Path(File(page, str(docs_dir), str(site), config.use_directory_urls).abs_dest_path)
        built.unlink(missing_ok=True)
        folder = built.parent
        while folder != site and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


@main.command()
@config_option
@strict_option
@click.option("-d", "--site-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to build the site (default: `site_dir` of the configuration, normally site/).")
@click.option("--full", is_flag=True, help="Build every page, even when only generated pages changed.")
def build(config_file: Path, strict: bool, site_dir: Path | None, full: bool) -> None:
    """Generate the pages, then build the site with MkDocs in strict mode.

    When only generated pages changed since the last build (the configuration, the hand-written pages, the theme
    and the code are the same, and the site is as that build left it), only the pages the generator rewrote are
    built again and the pages that are gone are taken out of the site; otherwise every page is built."""
    from .write import MANIFEST_NAME, read_manifest

    config_key = _config_key(config_file)
    docs_dir = _docs_dir_of(config_file) if config_key else None
    stamp = _read_stamp(docs_dir / BUILD_STAMP) if docs_dir else None
    recorded = _recorded_config(stamp, config_key)
    if recorded:  # the configuration as the last build loaded it: MkDocs is loaded only when a page is built
        options, default_site, theme_dirs = recorded
        report = _generation_report(options, strict)
    else:
        loaded, options, report = _run_generation(config_file, strict)
        default_site, theme_dirs = Path(loaded.site_dir), list(loaded.theme.dirs)
    target = site_dir.resolve() if site_dir else default_site
    stamp_path = options.docs_dir / BUILD_STAMP
    generated = read_manifest(options.docs_dir)
    inputs, rest = _build_inputs(config_file, options.docs_dir, target, theme_dirs,
                                 frozenset(generated | {MANIFEST_NAME}))
    if docs_dir is None or docs_dir.resolve() != options.docs_dir.resolve():
        stamp = _read_stamp(stamp_path)  # where MkDocs' own configuration puts the docs folder
    last = _last_build(stamp, target)
    if last and not report.write.written and not report.write.removed and last.get("inputs") == inputs:
        # nothing a page is made from changed since the last build, and the site is as it left it
        console.print(f"arsip: nothing changed since the last build; {target} left as it is")
        return
    # imported only when there is a page to build: they take a quarter of a run that finds nothing changed
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    _show_mkdocs_log()
    overrides = {"site_dir": str(site_dir.resolve())} if site_dir else {}
    config = load_config(config_file=str(config_file), strict=True, **overrides)
    dirty = (not full and last is not None and last.get("rest") == rest and _fixed_nav(config)
             and isinstance(last.get("generated"), list))
    if dirty:
        _remove_built(config, options.docs_dir, set(last["generated"]) - generated)
    pipeline.mark_generated(options.docs_dir)
    config.plugins.on_startup(command="build", dirty=dirty)
    quiet = _DirtyNotice()
    logging.getLogger("mkdocs.commands.build").addFilter(quiet)  # its warning would fail the strict build
    try:
        mkdocs_build(config, dirty=dirty)
    except MkDocsException as error:
        stamp_path.unlink(missing_ok=True)
        raise click.ClickException(f"mkdocs build failed: {error}") from error
    finally:
        logging.getLogger("mkdocs.commands.build").removeFilter(quiet)
        config.plugins.on_shutdown()
        pipeline.take_generated_mark(options.docs_dir)
    record = {"key": config_key, "options": _options_record(options), "site_dir": str(default_site),
              "theme_dirs": theme_dirs} if config_key else None
    stamp = json.dumps({"inputs": inputs, "rest": rest, "generated": sorted(generated),
                        "site": _site_digest(Path(config.site_dir)), "config": record}, sort_keys=True)
    stamp_path.write_text(stamp, encoding="utf-8")
    console.print(f"arsip: site built in {config.site_dir}" + (" (only the pages that changed)" if dirty else ""))


@main.command()
@config_option
@click.argument("seed")
def explain(config_file: Path, seed: str) -> None:
    """Print SEED line by line, marking each removed line with the rule that removed it. For an export or a WARC
    file, name the record after '#': seeds/berita.csv#12 (the row number a spreadsheet shows)."""
    from .clean import clean, explain as explain_lines
    from .formats import is_record_file, read_records
    from .read import MAX_ARTICLE_CHARS, read_seed

    _, options = _load(config_file)
    editorial = load_editorial(options.data_dir)
    path_text, _, record = seed.partition("#")
    path = Path(path_text)
    if not path.is_file():
        raise click.ClickException(f"{path}: no such file")
    base = options.seeds_dir if path.resolve().is_relative_to(options.seeds_dir.resolve()) else path.parent
    if is_record_file(path.name):
        name = path.resolve().relative_to(base.resolve()).as_posix()
        wanted = f"{name}#{int(record):06d}" if record.isdigit() else name
        found = [item for item in read_records(path, name, options.inputs, MAX_ARTICLE_CHARS) if item.path == wanted]
        document = next((item for item in found if not hasattr(item, "fatal")), None)
        problem = next((item for item in found if getattr(item, "fatal", False)), None)
        if document is None:
            reason = problem.reason if problem else f"no record {record or '(give one after #)'} in it"
            raise click.ClickException(f"{seed}: {reason}")
    else:
        document, problem = read_seed(path.resolve(), base.resolve())
    if document is None:
        raise click.ClickException(f"{seed}: {problem.reason}")
    cleaned = clean(document, editorial)
    out = Console(highlight=False)
    out.print(f"[bold]{seed}[/]  title: {cleaned.title!r}  outlet: {cleaned.outlet!r}")
    width = max((len(line.rule) for line in cleaned.removed), default=4)
    for number, rule, text in explain_lines(cleaned):
        marker = f"- {rule}" if rule else "  keep"
        style = "dim" if rule else ""
        out.print(f"{number:4} {marker:<{width + 2}}  {text}", style=style, markup=False)
    out.print("corpus-level rules (recurring lines per outlet) are applied by `arsip generate`, not shown here")


@main.command()
@config_option
@click.option("--unreviewed", is_flag=True, help="Only people found in the text who are not in the registry yet.")
def actors(config_file: Path, unreviewed: bool) -> None:
    """List the archive's actors with their article counts (and, for unreviewed ones, example sentences)."""
    from .read import read_corpus

    _, options = _load(config_file)
    editorial = load_editorial(options.data_dir)
    _, _, resolved = pipeline.analyse(read_corpus(options.seeds_dir, options.inputs).documents, editorial)
    articles: dict[str, set[str]] = {}
    for path, cast in resolved.casts.items():
        for actor_id in cast.actor_ids:
            articles.setdefault(actor_id, set()).add(path)
    listed = [a for a in resolved.actors.values() if not (unreviewed and a.reviewed)]
    listed.sort(key=lambda a: (-len(articles.get(a.id, ())), a.name.casefold()))
    out = Console(highlight=False, soft_wrap=True)
    for actor in listed:
        count = len(articles.get(actor.id, ()))
        flag = "" if actor.reviewed else "  (unreviewed)"
        out.print(f"{count:4} articles  {actor.kind:<12} {actor.name}{flag}", markup=False)
        if not actor.reviewed:
            for path, sentence in resolved.discovered_examples.get(actor.id, [])[:2]:
                out.print(f"        {path}: {' '.join(sentence.split())}", markup=False, style="dim")
    if unreviewed:
        out.print(f"{len(listed)} unreviewed; add the right ones to actors.yml (name, kind: person, aliases)",
                  markup=False)


def _show_mkdocs_log() -> None:
    """MkDocs logs through `logging`; outside its own CLI nobody prints its warnings unless we do."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_arsip", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler._arsip = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


if __name__ == "__main__":
    main()
