"""The page cache: a page whose bytes, URL and checks have not changed is not read again.

An entry holds the outcome of checking one resource (its findings, masked as in every
output, and what site rules collected from it), under a key made of

- the bytes' hash, the URL, where it was read from and what the export said of it (its
  content type, status, manifest fields) and, for an attachment, the page that links it;
- the site's config, the selected rules and their options, ``as_of`` when a page rule or
  collect step takes it;
- the code that checked it: rulekit's and every loaded plugin's version and the hash of
  their source files, and whether OCR is installed.

So a cache written by another rulekit or plugin version, or after a plugin's file was
edited, is never used: its keys do not match.

A file a re-run finds unchanged is not even read: once its bytes have been hashed, the
entry gets a second name made of the same key with the file's ``stat`` signature (device,
inode, size, modification and change times) in place of the bytes' hash, as git's index
knows a file; a file whose signature the walk sees again is taken by that name. Only a
file that had settled when it was read is named so (its last change over two seconds
before: a change within the same tick of the clock would leave the signature as it was).

Entries are written to a temporary file and renamed, so two runs sharing a cache never
see half an entry; each is signed with a key kept in the cache folder, and one that does
not verify is ignored (and rewritten). An outcome with a plugin error in it (a timeout may
not recur) is never cached.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import importlib.metadata
import json
import os
import pickle
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from rulekit.page_check import PageOutcome, PageWork, Parent
from rulekit.resource import Resource

if TYPE_CHECKING:
    from rulekit.engine import Engine

#: Bumped when what an entry holds changes shape.
FORMAT = 3
#: The folder, beside the config, that holds rulekit's run state.
STATE_DIR = ".rulekit"
_SECRET = "secret"
#: Names this process's temporary files apart from those of runs on other machines that
#: share the cache (a pid alone may repeat there).
_PROCESS = os.urandom(6).hex()


def default_dir(config_path: Path | None) -> Path | None:
    """``.rulekit/cache`` beside the config; None for a config that is not a file."""
    return config_path.resolve().parent / STATE_DIR / "cache" if config_path else None


class PageCache:
    """One run's view of a cache folder: keys for this run's code, rules and sites."""

    def __init__(self, root: Path, site_keys: list[str]) -> None:
        self.root = root
        self.site_keys = site_keys  # the run's key (code, rules, options) and each site's
        self.secret = _secret(root)
        self._root = os.fspath(root)  # (entries are named with strings: pathlib's cost per
        # name was a tenth of a cached page's)
        self._folders: set[str] = set()  # the entry folders known to exist
        self._written = 0

    @classmethod
    def for_engine(cls, engine: Engine, root: Path) -> PageCache:
        """The cache of an engine's run: the run key hashes the code, rules and options."""
        from rulekit import __version__
        from rulekit.readers import ocr

        config = engine.config
        rules = [(r.id, r.plugin, json.dumps(config.rules_options.get(r.id, {}),
                                             sort_keys=True, default=str))
                 for r in engine.rules if r.scope in ("page", "site")]
        work = PageWork.of(engine)  # what the page map runs: page rules and collect steps
        dated = any({"as_of", "config"} & set(params) for params in
                    [r.params for r in work.page_rules] + [c[3] for c in work.collectors])
        parts = [f"format {FORMAT}", f"rulekit {__version__}", f"ocr {ocr.available()}",
                 *code_versions(engine), *map(repr, rules),
                 f"as_of {config.as_of.isoformat()}" if dated else "undated"]
        run_key = _digest("\n".join(parts).encode("utf-8", "surrogatepass"))
        sites = [_digest(f"{run_key}\n{site!r}".encode("utf-8", "surrogatepass"))
                 for site in config.sites]
        return cls(root, sites)

    # -- entries ----------------------------------------------------------------------------
    def about(self, res: Resource, parent: Parent | None) -> bytes:
        """What a resource's key holds beside its bytes: where it is and what the export
        and the linking page say of it."""
        return json.dumps([res.url, res.where, res.content_type, res.status,
                           sorted((str(k), repr(v)) for k, v in res.info.items()),
                           repr(parent)], ensure_ascii=False).encode("utf-8", "surrogatepass")

    def key(self, site_no: int, about: bytes, data: bytes) -> str:
        """The entry's name for one resource's bytes, as this run would check them."""
        h = hashlib.blake2b(digest_size=20)
        h.update(self.site_keys[site_no].encode())
        h.update(about)
        h.update(hashlib.sha256(data).digest())  # (sha256 runs in the CPU's SHA unit: twice
        # blake2b's speed here)
        return h.hexdigest()

    def unchanged_key(self, site_no: int, about: bytes, signature: Any) -> str | None:
        """The entry's second name, for a file known by its ``stat`` signature; None for a
        resource whose load gives none (a WARC record, bytes a reader read)."""
        if signature is None:
            return None
        h = hashlib.blake2b(digest_size=20, person=b"rulekit-stat")
        h.update(self.site_keys[site_no].encode())
        h.update(about)
        h.update(repr(signature).encode())
        return h.hexdigest()

    def get(self, key: str, *, by_signature: bool = False) -> PageOutcome | None:
        """The stored outcome, or None (absent, torn, forged or unreadable: all a miss).
        An entry holds the key it was stored under: under its second name (``by_signature``)
        it is that key that is verified."""
        try:
            fd = os.open(self._entry(key), os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError:
            return None
        try:
            blob = _read_all(fd)
        except OSError:
            return None
        finally:
            os.close(fd)
        tag, stored, body = blob[:32], blob[32:32 + _KEY], blob[32 + _KEY:]
        if len(blob) < 32 + _KEY or not (by_signature or stored == key.encode()) or \
                not hmac.compare_digest(tag, self._sign(stored, body)):
            return None
        try:
            outcome = pickle.loads(body)
        except Exception:  # a class renamed since, a damaged file that still verified
            return None
        return outcome if isinstance(outcome, PageOutcome) else None

    def put(self, key: str, outcome: PageOutcome) -> None:
        """Store an outcome (not one with a plugin error: it may not happen again)."""
        if outcome.plugin_errors or outcome.fixture_failures:
            return
        try:
            body = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # a collected value that cannot be stored: the page is re-read
            return
        try:
            self._written += 1
            _write_atomically(self._entry(key), self._tmp(key),
                              self._sign(key.encode(), body) + key.encode() + body)
        except OSError:  # a full disk or a read-only cache costs speed, never the run
            return

    def name_unchanged(self, key: str, unchanged: str | None) -> None:
        """Give the entry ``key`` its second name ``unchanged`` (a hard link: no bytes are
        written twice); where links cannot be made, the file is read on every run."""
        if unchanged is None:
            return
        try:
            self._written += 1
            tmp = self._tmp(unchanged)
            os.link(self._entry(key), tmp)
            try:
                os.replace(tmp, self._entry(unchanged))  # (over a stale or damaged one)
            finally:  # (a rename onto another link of the same file leaves both names)
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
        except OSError:  # no entry (a plugin error), or a file system without links
            return

    def _entry(self, key: str) -> str:
        return os.path.join(self._root, key[:2], key[2:])

    def _tmp(self, key: str) -> str:
        """A temporary name of this process's own beside ``key``'s entry (no other run
        writes it), its folder made if need be."""
        folder = os.path.join(self._root, key[:2])
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        return os.path.join(folder, f".tmp-{_PROCESS}-{os.getpid()}-{self._written}")

    def _sign(self, key: bytes, body: bytes) -> bytes:
        return hmac.digest(self.secret, key + b"\0" + body, "sha256")


#: The length of a key (blake2b's 20 bytes in hex), stored after an entry's signature.
_KEY = 40


def _read_all(fd: int) -> bytes:
    """An open file's bytes, read with os.read (an entry is a few KB: one call, most often)."""
    parts = []
    while chunk := os.read(fd, 1 << 16):
        parts.append(chunk)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def _secret(root: Path) -> bytes:
    """The folder's signing key (made on first use, readable by its owner only); it also
    keys the run's finding identities, so a hit and a miss agree on them."""
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    _mark(root)
    path = root / _SECRET
    try:
        data = path.read_bytes()
        if len(data) == 32:
            return data
    except OSError:
        pass
    data = os.urandom(32)
    fd, tmp = tempfile.mkstemp(dir=root, prefix=".secret-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    try:
        os.link(tmp, path)  # the first run to get here wins; the others read its key
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)
    read = path.read_bytes()
    return read if len(read) == 32 else data


def _mark(root: Path) -> None:
    """Tell backup and version-control tools the folder is a cache (CACHEDIR.TAG, and a
    ``.gitignore`` in ``.rulekit``, as pytest and ruff do)."""
    tag = root / "CACHEDIR.TAG"
    if not tag.exists():
        try:
            tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n"
                           "# This file is a cache directory tag created by rulekit.\n")
            if root.parent.name == STATE_DIR:
                (root.parent / ".gitignore").write_text("# created by rulekit\n*\n")
        except OSError:
            pass


def _write_atomically(path: str, tmp: str, data: bytes) -> None:
    """Write ``tmp`` (a name of this process's own: no other run writes it), then rename it
    over ``path``: a reader sees the old entry or the new one, never half of one."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def code_versions(engine: Engine) -> list[str]:
    """Each loaded plugin's (and rulekit's) version and the hash of its package's sources:
    an edited plugin file changes the key even when its version number does not."""
    import rulekit

    dists = importlib.metadata.packages_distributions()
    seen: dict[str, str] = {}
    modules = [rulekit] + [p if isinstance(p, ModuleType) else sys.modules.get(type(p).__module__)
                           for p in engine.pm.get_plugins()]
    for module in modules:
        if module is None or module.__name__.split(".")[0] in seen:
            continue
        top = module.__name__.split(".")[0]
        root = _package_root(module)
        seen[top] = f"{top} {_version(top, dists)} {_tree_hash(root) if root else '-'}"
    return [seen[k] for k in sorted(seen)]


def _package_root(module: ModuleType) -> Path | None:
    """The folder of a module's top-level package, or the file of a single-file module."""
    top = sys.modules.get(module.__name__.split(".")[0], module)
    paths = getattr(top, "__path__", None)
    if paths:
        return Path(list(paths)[0])
    file = getattr(top, "__file__", None)
    return Path(file) if file else None


def _version(top: str, dists: dict[str, list[str]]) -> str:
    try:
        names = dists.get(top, [])
        return importlib.metadata.version(names[0]) if names else "-"
    except Exception:
        return "-"


def _tree_hash(root: Path) -> str:
    """A hash of every ``.py`` file under a package folder (or of one file), read afresh
    for each run: a plugin edited between two runs of one process is seen."""
    h = hashlib.blake2b(digest_size=16)
    files = [root] if root.is_file() else sorted(root.rglob("*.py"))
    for path in files:
        try:
            h.update(str(path.relative_to(root) if path != root else path.name).encode())
            h.update(path.read_bytes())
        except (OSError, ValueError):
            continue
    return h.hexdigest()
