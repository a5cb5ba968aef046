"""The config's YAML: read with the safe loader, bounded, with the line of every key.

Bounded because a config may come from elsewhere: aliases that expand without bound
("billion laughs") are refused before anything walks them. Each key's line is kept so that
every config error names ``file:line``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from rulekit.errors import ConfigError

#: Aliases a config may hold before it is refused: anchors that expand without bound
#: ("billion laughs") would otherwise make validation exponential.
MAX_ALIASES = 200
#: Nodes the config may hold once every alias is expanded: fewer than 200 aliases still
#: nest to 10**9 nodes (nine levels of ten), which validation would walk and print.
MAX_EXPANDED_NODES = 100_000


def at_line(name: str, lines: Mapping[tuple[Any, ...], int], path: Sequence[Any]) -> str:
    key = tuple(path)
    while key and key not in lines:
        key = key[:-1]
    return f"{name}:{lines[key]}" if key in lines else name


class _Loader(yaml.SafeLoader):
    """The safe loader, with dates left as strings so a bad date gets a message with a line."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str, name: str) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Safe-load YAML and record the line of every key, refusing runaway aliases."""
    loader = _Loader(text)
    try:
        aliases = 0
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise ConfigError(
                        f"{name}:{event.start_mark.line + 1}: more than {MAX_ALIASES} YAML "
                        "aliases: refusing a config that could expand without bound")
        loader.dispose()
        loader = _Loader(text)
        node = loader.get_single_node()
        if node is not None:
            _check_expansion(node, name)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        problem = exc.problem or "invalid YAML"
        if "could not determine a constructor" in str(exc):
            problem = f"unsafe or unknown YAML tag refused ({exc.problem})"
        raise ConfigError(f"{name}{line}: {problem}") from None
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        raise ConfigError(f"{name}: invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    lines: dict[tuple[Any, ...], int] = {}
    if node is not None:
        _marks(node, (), lines, set())
    return data, lines


def _check_expansion(root: yaml.Node, name: str) -> None:
    """Refuse a document whose aliases expand beyond MAX_EXPANDED_NODES or into a cycle.

    Sizes are counted on the composed node graph, where an alias is the same node object,
    so the count itself takes one visit per node however large the expansion.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[key] > MAX_EXPANDED_NODES:
                raise ConfigError(
                    f"{name}:{node.start_mark.line + 1}: YAML aliases expand to more than "
                    f"{MAX_EXPANDED_NODES} values: refusing a config that expands without bound")
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise ConfigError(f"{name}:{node.start_mark.line + 1}: a YAML anchor contains "
                              "itself: refusing a recursive config")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _marks(node: yaml.Node, path: tuple[Any, ...], lines: dict, seen: set[int]) -> None:
    if id(node) in seen:
        return
    seen.add(id(node))
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                lines[path + (key.value,)] = key.start_mark.line + 1
                _marks(value, path + (key.value,), lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _marks(item, path + (i,), lines, seen)
