"""The ``rulekit`` command line."""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import click

from rulekit import __version__
from rulekit.cache import default_dir
from rulekit.config import Config
from rulekit.config import load as load_config
from rulekit.engine import DEFAULT_RULE_TIMEOUT, Engine
from rulekit.errors import RulekitError
from rulekit.history import History, default_history, summary_rows
from rulekit.outputs import Output, check_formats, render, reporters, write_report
from rulekit.page_map import PARALLEL_AFTER, default_jobs, freeze_start_up
from rulekit.redact import printable, redact
from rulekit.report import Report, Reporter
from rulekit.review import (
    BASELINE_FILE,
    append_review,
    default_review,
    load_baseline,
    load_review,
    write_baseline,
)
from rulekit.scaffold import new_plugin

#: Exit statuses, as documented in the README.
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
#: rulekit itself failed (a bug): never 1, which CI reads as "findings".
EXIT_INTERNAL = 4


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def say(message: str) -> None:
    """Write a line on standard error, masked and escaped like every output of rulekit."""
    click.echo(printable(redact(message)), err=True)


def _fail(message: str, status: int = EXIT_ERROR) -> None:
    say(f"rulekit: error: {message}")
    sys.exit(status)


class _MaskedLog(logging.Handler):
    """Library log lines (pypdf, openpyxl …) on standard error, masked and on one line."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            say(f"rulekit: {record.name}: {record.levelname.lower()}: {record.getMessage()}")
        except Exception:  # a log line must never end the run
            pass


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    say(f"rulekit: warning: {category.__name__}: {message}")


def _guard_stderr() -> None:
    """Route every warning and log line of the libraries rulekit calls through the mask:
    a parser's warning may quote the personal data of the file it read."""
    warnings.showwarning = _show_warning
    root = logging.getLogger()
    if not any(isinstance(h, _MaskedLog) for h in root.handlers):
        root.addHandler(_MaskedLog(logging.WARNING))


class _Group(click.Group):
    """The command group: an unforeseen error of rulekit itself exits 4 with one line."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit,
                KeyboardInterrupt):
            raise
        except BrokenPipeError:  # `rulekit rules | head`: the reader left, not a bug
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError):  # a stdout with no file (an embedding app's)
                pass
            sys.exit(141)  # as a shell reports a process ended by SIGPIPE
        except Exception as exc:
            if os.environ.get("RULEKIT_DEBUG"):
                raise
            where = _where(exc)
            _fail(f"internal error in rulekit ({type(exc).__name__} at {where}): {exc}. "
                  "This is a bug: please report it; RULEKIT_DEBUG=1 shows the traceback.",
                  EXIT_INTERNAL)


def _where(exc: BaseException) -> str:
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return "?"
    return f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="rulekit")
def main() -> None:
    """Check government websites and new-media accounts against the national indicators.

    Exit status: 0 no findings, 1 findings, 2 a usage, config, input or output error that
    stopped the run, 3 a plugin failed, 4 rulekit itself failed (a bug; RULEKIT_DEBUG=1
    shows the traceback).
    """
    _guard_stderr()


@main.command()
@click.argument("config_path", metavar="CONFIG", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", default="text", show_default=True,
              help="Output format: text, json, sarif, junit or github (plugins may add more).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write the report to FILE (atomically) instead of standard output.")
@click.option("--report", "reports", multiple=True, metavar="FORMAT:PATH",
              help="Write a report in FORMAT to PATH ('-' or no PATH: standard output); "
                   "repeatable, replaces --format/--output and the config's output: list.")
@click.option("--select", multiple=True, help="Rule ids or prefixes to run (comma-separated).")
@click.option("--ignore", multiple=True, help="Rule ids or prefixes to skip (comma-separated).")
@click.option("--plugin", "-p", "plugins", multiple=True,
              help="Load a plugin module or .py file (repeatable).")
@click.option("--as-of", "as_of", default=None,
              help="Override the config's monitoring point (YYYY-MM-DD).")
@click.option("--rule-timeout", type=float, default=DEFAULT_RULE_TIMEOUT, show_default=True,
              help="Seconds one rule may take on one page or account, and a site rule "
                   "per 10,000 resources of its site (0: no limit).")
@click.option("--confine-paths", is_flag=True,
              help="Refuse config paths (exports, lists, plugins) outside the config's folder.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes that check pages [default: the number of cores]; -j1 checks "
                   "them in this process. The report is the same for any number.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default=None,
              help="Where pages are checked: local processes (-j) or a Dask cluster "
                   "(--scheduler) [default: the config's executor:, else local].")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="The Dask scheduler for --executor dask (tcp://host:8786); the exports "
                   "must be at the same paths on its workers.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="info",
              show_default=True,
              help="Exit 1 only for findings of this severity or worse (error > warning > "
                   "info).")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even when there are findings (errors that stop the run, and a "
                   "failed plugin, still exit 2 and 3).")
@click.option("--no-cache", is_flag=True,
              help="Read every page, and leave the page cache as it is.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="The page cache's folder [default: .rulekit/cache beside CONFIG]. Pages "
                   "unchanged since an earlier run with the same rules are not read again.")
@click.option("--history", "history_path", type=click.Path(dir_okay=False), default=None,
              help="The run history (SQLite) that marks findings new, persisting or fixed "
                   "[default: .rulekit/history.sqlite beside CONFIG].")
@click.option("--no-history", is_flag=True,
              help="Neither read nor write the run history (no marks in the reports).")
@click.option("--review", "review_path", type=click.Path(dir_okay=False), default=None,
              help="The review file of findings set aside as 误报 or 已整改 [default: "
                   "rulekit-review.yaml beside CONFIG, when it exists].")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), default=None,
              help="Report only findings not in this baseline (rulekit baseline create).")
def run(config_path: str, fmt: str, output: str | None, reports: tuple[str, ...],
        select: tuple[str, ...],
        ignore: tuple[str, ...], plugins: tuple[str, ...], as_of: str | None,
        rule_timeout: float, confine_paths: bool, jobs: int | None, executor: str | None,
        scheduler: str | None, fail_on: str, exit_zero: bool, no_cache: bool,
        cache_dir: str | None, history_path: str | None, no_history: bool,
        review_path: str | None, baseline_path: str | None) -> None:
    """Run the checks of CONFIG and report the findings.

    Exit status: 0 no findings, 1 findings, 2 a usage, config or input error that stopped
    the run, 3 the run completed but a plugin failed on some input (see its findings).
    """
    try:
        config = load_config(config_path, confine=confine_paths)
        if as_of:
            try:
                config.as_of, config.as_of_given = dt.date.fromisoformat(as_of), True
            except ValueError:
                _fail(f"--as-of {as_of!r} is not a date (write it as 2022-05-31)")
        if not config.as_of_given:
            click.echo(f"rulekit: as_of not set in {config_path}; using today, "
                       f"{config.as_of.isoformat()}", err=True)
        jobs = jobs or config.executor.get("jobs")
        executor = executor or config.executor.get("name") or "local"
        scheduler = scheduler or config.executor.get("scheduler")
        if executor == "dask" and not scheduler:
            _fail("--executor dask needs the scheduler's address: --scheduler tcp://HOST:8786 "
                  "(or scheduler: under executor: in the config)")
        engine = Engine(config, extra_plugins=list(plugins), select=_split(select) or None,
                        ignore=_split(ignore), progress=_progress(), rule_timeout=rule_timeout,
                        jobs=jobs or default_jobs(),
                        parallel_after=0 if jobs else PARALLEL_AFTER,
                        scheduler=scheduler if executor == "dask" else None,
                        cache_dir=None if no_cache else (
                            Path(cache_dir) if cache_dir else default_dir(config.path)))
        outputs = ([Output.parse(r) for r in reports] or config.outputs
                   or [Output(fmt, Path(output) if output else None)])
        available = reporters(engine.pm, [o.format for o in outputs])
        check_formats(outputs, available)
        review_file = Path(review_path) if review_path else default_review(config.path)
        entries = load_review(review_file) if review_file and (
            review_path or review_file.exists()) else []
        baseline = load_baseline(Path(baseline_path)) if baseline_path else None
        history = None if no_history else _history(history_path, config)
        freeze_start_up()
        result = engine.run()
        if engine.progress:
            click.echo("\r\033[K", err=True, nl=False)  # clear the progress line
        for note in engine.notes:
            say(f"rulekit: {note}")
        if engine.progress and engine.cache_note:  # on a terminal: why the run was quick
            say(f"rulekit: {engine.cache_note}")
    except RulekitError as exc:
        _fail(str(exc))
        return
    report = engine.report(result, entries, baseline)
    if history is not None:
        history.mark(report)
    failed = False
    for out in outputs:  # one failing output costs only itself
        failed = not _write_report(out, available[out.format], report) or failed
    if history is not None:
        try:  # after the reports: a run killed before them leaves no trace in it
            history.record(report)
        except Exception as exc:
            say(f"rulekit: the run history {history.path} was not updated: {exc}")
            failed = True
        finally:
            history.close()
    sys.exit(EXIT_ERROR if failed else result.exit_status(fail_on, exit_zero))


def _history(path: str | None, config: Config) -> History | None:
    """The run's history: ``--history``, else ``.rulekit/history.sqlite`` beside the config."""
    if path:
        return History(Path(path))
    where = default_history(config.path)
    return History(where) if where else None


def _write_report(out: Output, factory: Callable[[], Reporter], report: Report) -> bool:
    """Write one report; on failure say why on standard error and leave any old file whole."""
    sys.stdout.flush()
    stream = getattr(sys.stdout, "buffer", None)
    try:
        if out.path is None and stream is None:  # a text-only stdout (an embedding app's)
            sys.stdout.write(render(factory, report).decode("utf-8", "replace"))
        else:
            write_report(factory, report, out.path, stream)
    except OSError as exc:
        if out.path is not None:
            say(f"rulekit: cannot write the report to {out.path}: {exc.strerror or exc}")
            return False
        if isinstance(exc, BrokenPipeError):  # the reader went away: as before, not ours
            raise
        say(f"rulekit: the {out.format} reporter failed: {type(exc).__name__}: "
            f"{redact(str(exc))}")
        return False
    except Exception as exc:  # a reporter plugin's bug: say so, leave any old report alone
        say(f"rulekit: the {out.format} reporter failed: {type(exc).__name__}: "
            f"{redact(str(exc))}")
        return False
    return True


def _progress():
    if not sys.stderr.isatty():
        return None

    def show(message: str) -> None:
        click.echo(f"\r\033[K{message}", err=True, nl=False)

    return show


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Also load the plugins this config names.")
@click.option("--plugin", "-p", "plugins", multiple=True, help="Load a plugin (repeatable).")
def list_rules(config_path: str | None, plugins: tuple[str, ...]) -> None:
    """List every loaded rule: id, title, source plugin and default options."""
    try:
        engine = (Engine(load_config(config_path), extra_plugins=list(plugins)) if config_path
                  else _bare_engine(plugins))
    except RulekitError as exc:
        _fail(str(exc))
        return
    for rule in engine.all_rules:
        defaults = ", ".join(f"{k}={v!r}" for k, v in rule.defaults.items()) or "-"
        scope = rule.scope if rule.default else f"{rule.scope} (off by default)"
        click.echo(f"{rule.id}\t{rule.title}\t[{rule.plugin}]\t{scope}\t{defaults}")


@main.command()
@click.argument("rule_id", metavar="RULE")
@click.option("--plugin", "-p", "plugins", multiple=True, help="Load a plugin (repeatable).")
def explain(rule_id: str, plugins: tuple[str, ...]) -> None:
    """Show RULE's page: what it checks, why, its options, examples."""
    from rulekit.config import nearest
    from rulekit.explain import render

    try:
        engine = _bare_engine(plugins)
    except RulekitError as exc:
        _fail(str(exc))
        return
    rules = {r.id: r for r in engine.all_rules}
    if rule_id not in rules:
        hint = nearest(rule_id, sorted(rules))
        _fail(f"no loaded rule {rule_id!r}" + (f" (did you mean {hint!r}?)" if hint else ""))
    click.echo(render(rules[rule_id]), nl=False)


@main.command("test")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--plugin", "-p", "plugins", multiple=True, help="Load a plugin (repeatable).")
def test_fixtures(paths: tuple[Path, ...], plugins: tuple[str, ...]) -> None:
    """Check annotated fixture pages: what they say must and must not be found.

    A fixture is an HTML page with comments such as <!-- rulekit: expect RULE -->,
    <!-- rulekit: ok RULE -->, <!-- rulekit: url URL -->, <!-- rulekit: column TYPE -->.
    Exit status: 0 all fixtures pass, 1 some fail, 2 no fixture or a bad annotation.
    """
    from rulekit import fixtures

    try:
        found = [fixtures.parse(p.read_bytes(), p) for p in fixtures.discover(paths)]
    except fixtures.FixtureError as exc:
        _fail(str(exc))
        return
    found = [fx for fx in found if fx.expect or fx.ok]
    if not found:
        _fail("no annotated fixtures found (add <!-- rulekit: expect RULE --> comments)")
    try:
        engine = _bare_engine(plugins, select=sorted(fixtures.rules_named(found)))
    except RulekitError as exc:
        _fail(str(exc))
        return
    failed = 0
    for fx in found:
        outcome = fixtures.check(fx, engine)
        if outcome.passed:
            continue
        failed += 1
        for problem in outcome.problems:
            click.echo(f"{fx.name}: {problem}")
    checks = sum(len(fx.expect) + len(fx.ok) for fx in found)
    click.echo(f"{len(found)} fixtures, {checks} checks: {len(found) - failed} passed, "
               f"{failed} failed")
    sys.exit(1 if failed else 0)


@main.command("inspect")
@click.argument("files", metavar="FILE...", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Read each file as the run of CONFIG does: its site's URL, manifest and "
                   "columns.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
def inspect_command(files: tuple[Path, ...], config_path: str | None, fmt: str) -> None:
    """Show what rulekit reads from FILE...: URL, encoding and how it was decided, title,
    publish date, column and where each came from, article or list page, meta tags, links,
    attachments and text, with personal data masked as in findings.

    It shows why a page was or was not checked. Without --config, each file is read on
    its own under its file:// URL.
    """
    import json

    from rulekit.inspect import inspect_files, write_text

    try:
        config = load_config(config_path) if config_path else None
        engine = Engine(config) if config else _bare_engine(())
        reports = inspect_files(files, engine, config)
    except RulekitError as exc:
        _fail(str(exc))
        return
    if fmt == "json":
        click.echo(json.dumps(reports, ensure_ascii=False, indent=1))
        return
    buffer = io.StringIO()
    write_text(reports, buffer)
    click.echo(buffer.getvalue(), nl=False)


@main.command("review")
@click.argument("config_path", metavar="CONFIG", type=click.Path(dir_okay=False))
@click.argument("fingerprint")
@click.option("--false-alarm", "status", flag_value="误报", help="The finding is wrong (误报).")
@click.option("--fixed", "status", flag_value="已整改",
              help="The problem is fixed on the live site (已整改), not yet in the export.")
@click.option("--reason", required=True, help="Why, as the inspector would write it.")
@click.option("--expires", required=True, metavar="DATE",
              help="The last monitoring point (as_of) the entry counts for (YYYY-MM-DD).")
@click.option("--by", default="", help="Who reviewed it.")
@click.option("--review", "review_path", type=click.Path(dir_okay=False), default=None,
              help="The review file [default: rulekit-review.yaml beside CONFIG].")
def review_command(config_path: str, fingerprint: str, status: str | None, reason: str,
                   expires: str, by: str, review_path: str | None) -> None:
    """Set the finding FINGERPRINT aside as a false alarm or as fixed, until --expires.

    The entry goes to the review file (YAML, for version control); later runs leave the
    finding out of the findings and the verdicts (a false alarm's deduction is given back)
    and list it apart with the reason. After --expires the entry is a finding itself.
    """
    import re

    if status is None:
        _fail("say what the review found: --false-alarm or --fixed")
    if not re.fullmatch(r"[0-9a-f]{16}", fingerprint):
        _fail(f"{fingerprint!r} is not a finding's fingerprint (16 hex digits, as the JSON "
              "report's `fingerprint` gives it)")
    try:
        until = dt.date.fromisoformat(expires)
    except ValueError:
        _fail(f"--expires {expires!r} is not a date (write it as 2022-09-30)")
        return
    path = Path(review_path) if review_path else default_review(Path(config_path))
    assert path is not None
    entry = {"fingerprint": fingerprint, "status": status, "reason": reason,
             "expires": until.isoformat(), **({"by": by} if by else {})}
    try:
        append_review(path, entry)
    except RulekitError as exc:
        _fail(str(exc))
    click.echo(f"{path}: {fingerprint} {status} until {until.isoformat()}")


@main.group("baseline")
def baseline_group() -> None:
    """A baseline of current findings, for adopting rulekit on an existing site."""


@baseline_group.command("create")
@click.argument("config_path", metavar="CONFIG", type=click.Path(dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="The baseline file [default: rulekit-baseline.json beside CONFIG].")
@click.option("--plugin", "-p", "plugins", multiple=True, help="Load a plugin (repeatable).")
def baseline_create(config_path: str, output: str | None, plugins: tuple[str, ...]) -> None:
    """Run CONFIG and write the fingerprints of every finding: `rulekit run --baseline FILE`
    then reports only what is new."""
    try:
        config = load_config(config_path)
        engine = Engine(config, extra_plugins=list(plugins), jobs=default_jobs(),
                        parallel_after=PARALLEL_AFTER)
        freeze_start_up()
        result = engine.run()
    except RulekitError as exc:
        _fail(str(exc))
        return
    path = Path(output) if output else Path(config_path).resolve().parent / BASELINE_FILE
    n = write_baseline(path, result.findings, config.as_of)
    click.echo(f"{path}: {n} findings in the baseline")


@main.command("history")
@click.argument("config_path", metavar="CONFIG", type=click.Path(dir_okay=False))
@click.option("--history", "history_path", type=click.Path(dir_okay=False), default=None,
              help="The run history [default: .rulekit/history.sqlite beside CONFIG].")
@click.option("--last", type=click.IntRange(min=1), default=8, show_default=True,
              help="Runs to show.")
def history_command(config_path: str, history_path: str | None, last: int) -> None:
    """Show each site's and account's verdict and number of findings over the last runs."""
    path = Path(history_path) if history_path else default_history(Path(config_path))
    assert path is not None
    try:
        rows = summary_rows(path, last)
    except RulekitError as exc:
        _fail(str(exc))
        return
    for (kind, platform, name), runs in rows:
        who = f"{platform}“{name}”" if platform else f"“{name}”"
        trend = "  ".join(f"{as_of} {label or '—'}{'' if score is None else f'({score:g}分)'}"
                          f" {found}项" for as_of, label, score, found in runs)
        noun = {"site": "网站", "account": "账号"}.get(kind, kind)
        click.echo(f"{noun} {printable(who)}：{trend}")


def _bare_engine(plugins: tuple[str, ...], select: list[str] | None = None) -> Engine:
    """An engine with the installed plugins plus ``plugins``, not tied to a config file."""
    config = Config(path=None, as_of=dt.date.today(), as_of_given=False)
    return Engine(config, extra_plugins=list(plugins), select=select, configure=False)


main.add_command(new_plugin)


if __name__ == "__main__":  # pragma: no cover
    main()
