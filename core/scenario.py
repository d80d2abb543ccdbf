"""Scenario files: what trainers write, parsed into frozen models.

Every problem becomes a `ScenarioError` naming the file, the line and the field, in words a trainer can act
on without reading code. Shape errors come from pydantic; cross-references (unknown rule ids, acts and
nodes, placeholders, unreachable nodes) are checked here because only the whole file can tell.
"""

from __future__ import annotations

import difflib
import hashlib
import random
import re
import string
from collections.abc import Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NamedTuple

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from core import limits
from core.acts import ACT_NAMES
from core.errors import ScenarioError, ScenarioNotFound
from core.rubric import FORBIDDEN_RULES, REQUIRED_RULES

SCENARIO_DIR = Path(__file__).resolve().parent.parent / "scenarios"
IDENTIFIER = r"^[a-z][a-z0-9_]*$"
KNOWN_KINDS = ("angry_complainant", "unclear_audio", "absent_colleague", "unanswerable_question")
BUILTIN_FACTS = ("caller_name", "caller_phone", "caller_unit", "company")


class Mood(StrEnum):
    calm = "calm"
    anxious = "anxious"
    annoyed = "annoyed"
    angry = "angry"
    furious = "furious"


class LineCondition(StrEnum):
    clear = "clear"
    noisy = "noisy"
    quiet = "quiet"
    dropouts = "dropouts"


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str | int | float) else value


def _as_str(value: Any) -> Any:
    """Phone and order numbers are often written unquoted; YAML reads them as int."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        return [_as_str(v) for v in value]
    return value


Choices = Annotated[list[Annotated[str, BeforeValidator(_as_str)]], BeforeValidator(_as_list)]
"""A value a call draws from: one string, or a list to draw one of per call."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


INTERRUPTED_LINES = ["您能不能先听我把话说完？", "我还没说完呢。"]


class Persona(_Model):
    name: Choices
    phone: Choices
    unit: Choices = Field(default_factory=lambda: [""])
    mood: Mood = Mood.calm
    voice: str = "zh-CN-YunjianNeural"
    interrupted: Annotated[list[str], Field(min_length=1)] = Field(
        default_factory=lambda: list(INTERRUPTED_LINES)
    )
    """What the caller says after being talked over (voice calls), before answering the trainee."""


class Node(_Model):
    """One thing the customer says, and where the call goes after the trainee's next turn."""

    id: Annotated[str, Field(pattern=IDENTIFIER)]
    say: Annotated[
        list[Annotated[str, Field(min_length=1)]], BeforeValidator(_as_list), Field(min_length=1)
    ]
    mood: Mood | None = None
    line: LineCondition | None = None
    hangup: bool = False
    on: dict[str, str] = Field(default_factory=dict)
    otherwise: str | None = None


class Pickup(_Model):
    """How the customer reacts to the trainee's first turn after picking up."""

    on: dict[str, str] = Field(default_factory=dict)
    otherwise: str


class SpokenLine(NamedTuple):
    """A line the customer can say: its words, mood and node (None: a complaint about being cut off)."""

    text: str
    mood: Mood
    node: str | None


class Scenario(_Model):
    id: Annotated[str, Field(pattern=IDENTIFIER)]
    version: Annotated[int, Field(ge=1)] = 1
    title: str
    kind: Annotated[str, Field(pattern=IDENTIFIER)]
    brief: str = ""
    company: str
    persona: Persona
    facts: dict[Annotated[str, Field(pattern=IDENTIFIER)], Choices] = Field(default_factory=dict)
    restate: list[str] = Field(default_factory=list)
    line: LineCondition = LineCondition.clear
    rules: dict[str, Annotated[float, Field(gt=0)]]
    pass_mark: Annotated[float, Field(ge=0, le=100)] = 80
    rings_before_giving_up: Annotated[int, Field(ge=1, le=20)] = 6
    pickup: Pickup
    nodes: Annotated[list[Node], Field(min_length=1)]

    # Filled by the loader, not written by trainers.
    source: str = Field(default="", exclude=True)
    digest: str = Field(default="", exclude=True)

    def node(self, node_id: str) -> Node:
        return next(n for n in self.nodes if n.id == node_id)

    def mood_at(self, node_id: str) -> Mood:
        return self.node(node_id).mood or self.persona.mood

    def fact_lists(self) -> dict[str, list[str]]:
        """Every fact with the values it may take (the company has one)."""
        return {
            "caller_name": list(self.persona.name),
            "caller_phone": list(self.persona.phone),
            "caller_unit": list(self.persona.unit),
            "company": [self.company],
            **{name: list(values) for name, values in self.facts.items()},
        }

    @property
    def cases(self) -> int:
        """How many callers the lists make. A call is one case: the i-th value of every list (a
        shorter list wraps), so one caller keeps one name, number and story, and every line the
        customer can say is known when the scenario is published (its voice made ahead)."""
        return max(len(values) for values in self.fact_lists().values())

    def case_facts(self, case: int) -> dict[str, str]:
        return {name: values[case % len(values)] for name, values in self.fact_lists().items()}

    def draw_facts(self, rng: random.Random) -> dict[str, str]:
        """One case for one call, so exam variants are equivalent but not equal."""
        return self.case_facts(rng.randrange(self.cases))

    def customer_lines(self) -> list[SpokenLine]:
        """Every line the customer can say in any case, once per node it is said at."""
        lines: dict[SpokenLine, None] = {}
        for case in range(self.cases):
            facts = self.case_facts(case)
            for node in self.nodes:
                mood = node.mood or self.persona.mood
                for text in node.say:
                    lines[SpokenLine(fill(text, facts), mood, node.id)] = None
        for text in self.persona.interrupted:
            lines[SpokenLine(text, self.persona.mood, None)] = None
        return list(lines)

    @property
    def fact_names(self) -> tuple[str, ...]:
        return BUILTIN_FACTS + tuple(self.facts)


class ScenarioSet(BaseModel):
    model_config = ConfigDict(frozen=True)

    scenarios: tuple[Scenario, ...]

    def get(self, scenario_id: str) -> Scenario:
        for s in self.scenarios:
            if s.id == scenario_id:
                return s
        known = "、".join(s.id for s in self.scenarios) or "（无）"
        raise ScenarioNotFound(f"没有名为“{scenario_id}”的场景。可用的场景：{known}。")

    @property
    def digest(self) -> str:
        """Changes whenever any scenario changes; the trained bot is cached by it."""
        h = hashlib.sha256()
        for s in sorted(self.scenarios, key=lambda s: s.id):
            h.update(s.digest.encode())
        return h.hexdigest()[:16]


# --- loading -------------------------------------------------------------------------------------


class _UniqueKeyLoader(yaml.SafeLoader):
    """A duplicate key silently overwrites in YAML; for a scenario it is always a mistake."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False):
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"重复的键“{key}”", key_node.start_mark
            )
        seen[key] = key_node
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# YAML 1.1 reads on/off/yes/no as booleans, which would turn the `on:` key into True. Booleans are
# only true/false here, as in YAML 1.2.
_UniqueKeyLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_UniqueKeyLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _line_index(root: yaml.Node | None) -> dict[tuple, int]:
    """Map each path (keys and list indexes) to the 1-based line where it is written."""
    index: dict[tuple, int] = {}

    def walk(node: yaml.Node, path: tuple) -> None:
        index.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                child = path + (key_node.value,)
                index[child] = key_node.start_mark.line + 1
                walk(value_node, child)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, path + (i,))

    if root is not None:
        walk(root, ())
    return index


class _Located:
    """Turns a field path into 'file 第N行，字段“a.b[2].c”' for messages."""

    def __init__(self, source: str, index: dict[tuple, int], data: Any):
        self.source, self.index, self.data = source, index, data

    def line(self, path: tuple) -> int:
        while path and path not in self.index:
            path = path[:-1]
        return self.index.get(path, 1)

    @staticmethod
    def field(path: tuple) -> str:
        out = ""
        for part in path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
        return out or "（整个文件）"

    def error(self, path: tuple, problem: str) -> str:
        return f"{self.source} 第{self.line(path)}行，字段“{self.field(path)}”：{problem}"


_TYPE_WORDS = {
    "string_type": "应为文字",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "float_type": "应为数字",
    "float_parsing": "应为数字",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "list_type": "应为列表（每项一行，以“- ”开头）",
    "dict_type": "应为映射（“键: 值”的形式）",
    "model_type": "应为映射（“键: 值”的形式）",
    "too_short": "不能为空",
}


def _pydantic_problem(err: dict, located: _Located, path: tuple) -> str:
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind == "missing":
        return "缺少必填字段。请补上这一项。"
    if kind == "extra_forbidden":
        return "未知字段（是否拼写错误？）。请删除或改正这一项。"
    if kind == "enum":
        return f"取值“{err['input']}”无效，可选：{ctx.get('expected', '')}。"
    if kind == "string_pattern_mismatch":
        return f"“{err['input']}”不是合法的标识符：只能用小写英文字母、数字和下划线，并以字母开头。"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        bound = next(iter(ctx.values()), "")
        words = {
            "greater_than": "大于",
            "greater_than_equal": "不小于",
            "less_than": "小于",
            "less_than_equal": "不大于",
        }[kind]
        return f"取值 {err['input']!r} 超出范围：应{words} {bound}。"
    if kind in _TYPE_WORDS:
        return f"{_TYPE_WORDS[kind]}，实际写的是 {err['input']!r}。"
    return f"取值无效：{err['msg']}。"


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.75)
    return f"是否想写“{close[0]}”？" if close else ""


def _check_references(s: Scenario, located: _Located) -> list[str]:
    """Every check that needs the whole scenario, each a small function of its own."""
    checks = (
        _check_node_ids,
        _check_rules,
        _check_restate,
        _check_branches,
        _check_placeholders,
        _check_ends,
        _check_reachable,
    )
    return [error for check in checks for error in check(s, located)]


def _check_node_ids(s: Scenario, located: _Located) -> list[str]:
    errors, seen = [], set()
    for i, n in enumerate(s.nodes):
        if n.id in seen:
            errors.append(
                located.error(("nodes", i, "id"), f"节点 id“{n.id}”重复，每个节点的 id 必须唯一。")
            )
        seen.add(n.id)
    return errors


def _check_rules(s: Scenario, located: _Located) -> list[str]:
    errors = []
    for rule_id in s.rules:
        if rule_id in FORBIDDEN_RULES:
            errors.append(
                located.error(
                    ("rules", rule_id),
                    f"“{rule_id}”是禁止类规则，对每个场景都自动生效，不需要也不能设置权重。请删除这一项。",
                )
            )
        elif rule_id not in REQUIRED_RULES:
            errors.append(
                located.error(
                    ("rules", rule_id),
                    f"未知的规则 id“{rule_id}”。{_did_you_mean(rule_id, REQUIRED_RULES)}可用的规则：{'、'.join(REQUIRED_RULES)}。",
                )
            )
    return errors


def _check_restate(s: Scenario, located: _Located) -> list[str]:
    fact_names = set(s.fact_names)
    return [
        located.error(
            ("restate", i), f"“{name}”不是本场景的事实。可用：{'、'.join(sorted(fact_names))}。"
        )
        for i, name in enumerate(s.restate)
        if name not in fact_names
    ]


def _check_branches(s: Scenario, located: _Located) -> list[str]:
    """Every `on` names a known act and a node of this scenario; so does every `otherwise`."""
    node_ids = [n.id for n in s.nodes]
    branches = [(s.pickup.on, s.pickup.otherwise, ("pickup",))]
    branches += [(n.on, n.otherwise, ("nodes", i)) for i, n in enumerate(s.nodes)]
    errors = []
    for on, otherwise, path in branches:
        for act, target in on.items():
            if act not in ACT_NAMES:
                errors.append(
                    located.error(
                        path + ("on", act),
                        f"未知的学员行为“{act}”。{_did_you_mean(act, ACT_NAMES)}可用的行为：{'、'.join(ACT_NAMES)}。",
                    )
                )
            if target not in node_ids:
                errors.append(
                    located.error(
                        path + ("on", act),
                        f"跳转目标“{target}”不是本场景的节点。{_did_you_mean(target, node_ids)}现有节点：{'、'.join(node_ids)}。",
                    )
                )
        if otherwise is not None and otherwise not in node_ids:
            errors.append(
                located.error(
                    path + ("otherwise",),
                    f"跳转目标“{otherwise}”不是本场景的节点。现有节点：{'、'.join(node_ids)}。",
                )
            )
    return errors


def _check_placeholders(s: Scenario, located: _Located) -> list[str]:
    """{placeholders} in the brief and in every line name facts of this scenario."""
    fact_names = set(s.fact_names)
    texts = [(s.brief, ("brief",))]
    texts += [
        (line, ("nodes", i, "say", j))
        for i, n in enumerate(s.nodes)
        for j, line in enumerate(n.say)
    ]
    errors = []
    for text, path in texts:
        try:
            names = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
        except ValueError:
            errors.append(
                located.error(path, "花括号不成对。占位符写作 {事实名}，例如 {caller_name}。")
            )
            continue
        for name in names:
            if name not in fact_names:
                hint = _did_you_mean(name, fact_names)
                errors.append(
                    located.error(
                        path,
                        f"占位符“{{{name}}}”不是本场景的事实。{hint}可用：{'、'.join(sorted(fact_names))}。",
                    )
                )
    return errors


def _check_ends(s: Scenario, located: _Located) -> list[str]:
    """A node either hangs up or goes on; never both, never neither."""
    errors = []
    for i, n in enumerate(s.nodes):
        if n.hangup and (n.on or n.otherwise):
            errors.append(
                located.error(
                    ("nodes", i, "hangup"),
                    "客户在这个节点挂断电话，之后不会再有回应；请删除 on/otherwise，或去掉 hangup。",
                )
            )
        if not n.hangup and not n.on and not n.otherwise:
            errors.append(
                located.error(
                    ("nodes", i),
                    f"节点“{n.id}”既不挂断也没有任何回应分支（on/otherwise），通话会卡在这里。",
                )
            )
    return errors


def _check_reachable(s: Scenario, located: _Located) -> list[str]:
    reachable: set[str] = set()
    frontier = list(s.pickup.on.values()) + [s.pickup.otherwise]
    by_id = {n.id: n for n in s.nodes}
    while frontier:
        nid = frontier.pop()
        if nid in reachable or nid not in by_id:
            continue
        reachable.add(nid)
        n = by_id[nid]
        frontier.extend(n.on.values())
        if n.otherwise:
            frontier.append(n.otherwise)
    return [
        located.error(
            ("nodes", i, "id"),
            f"节点“{n.id}”无法到达：接听后的任何分支都不会跳到这里。请从其他节点的 on/otherwise 指向它，或删除它。",
        )
        for i, n in enumerate(s.nodes)
        if n.id not in reachable
    ]


def check_scenario_size(size: int, source: str) -> None:
    """A scenario file (or a draft of `size` bytes in UTF-8) no bigger than the limit."""
    if size > limits.SCENARIO_MAX_BYTES:
        raise ScenarioError(
            f"{source}：文件有 {limits.size_words(size)}，超过了场景文件最大 "
            f"{limits.size_words(limits.SCENARIO_MAX_BYTES)} 的上限（现有的场景每个约 10 KB）。"
            "请删减内容，或拆成几个场景。"
        )


def _check_structure(text: str, source: str) -> None:
    """No anchors or aliases (a few nested aliases expand into gigabytes), and no deep nesting.

    Read from the parser's events, which never expand an alias, so a hostile file costs no more
    than its size.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_UniqueKeyLoader):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise ScenarioError(
                f"{source} 第{line}行：场景文件不支持 YAML 的锚点和别名（&名字、*名字）。"
                "请把要重复的内容直接写出来。"
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limits.YAML_MAX_DEPTH:
                raise ScenarioError(
                    f"{source} 第{line}行：映射和列表嵌套超过 {limits.YAML_MAX_DEPTH} 层，"
                    "场景文件用不到这么深的结构。请检查这一行的缩进和括号。"
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def load_scenario(path: Path) -> Scenario:
    """Parse and check one scenario file; raises ScenarioError with every problem found."""
    source = str(path)
    try:
        check_scenario_size(path.stat().st_size, source)
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioNotFound(f"{source}：文件不存在。请检查路径。") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ScenarioError(
            f"{source}：无法读取文件（{e.__class__.__name__}）。场景文件应为 UTF-8 编码的 YAML。"
        ) from None
    try:
        _check_structure(text, source)  # before anything expands aliases or walks the tree
        root = yaml.compose(text, Loader=_UniqueKeyLoader)
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = f" 第{mark.line + 1}行" if mark else ""
        problem = getattr(e, "problem", None) or str(e)
        raise ScenarioError(
            f"{source}{line}：YAML 格式错误（{problem}）。请检查这一行的缩进、冒号和引号。"
        ) from None
    located = _Located(source, _line_index(root), data)
    if not isinstance(data, dict):
        raise ScenarioError(
            located.error(
                (), "场景文件应为一个映射（“键: 值”的形式），从 id、title、kind 等字段开始。"
            )
        )
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as e:
        messages = [
            located.error(tuple(err["loc"]), _pydantic_problem(err, located, tuple(err["loc"])))
            for err in e.errors(include_url=False)
        ]
        raise ScenarioError("\n".join(messages)) from None
    errors = _check_references(scenario, located)
    if errors:
        raise ScenarioError("\n".join(errors))
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    return scenario.model_copy(update={"source": source, "digest": digest})


def scenario_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml")))
        else:
            files.append(p)
    return files


def load_scenarios(paths: Iterable[Path] | None = None) -> ScenarioSet:
    """Load a set of scenarios (default: the scenarios/ folder); ids must be unique across files."""
    files = scenario_files(paths or [SCENARIO_DIR])
    if not files:
        raise ScenarioNotFound("没有找到场景文件（*.yaml）。请检查路径。")
    errors: list[str] = []
    loaded: list[Scenario] = []
    for f in files:
        try:
            loaded.append(load_scenario(f))
        except ScenarioError as e:
            errors.append(e.message)
    first_file: dict[str, str] = {}
    for s in loaded:
        if s.id in first_file:
            errors.append(
                f"{s.source} 第1行，字段“id”：场景 id“{s.id}”与 {first_file[s.id]} 重复，每个场景的 id 必须唯一。"
            )
        first_file.setdefault(s.id, s.source)
    if errors:
        raise ScenarioError("\n".join(errors))
    return ScenarioSet(scenarios=tuple(loaded))


_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


def fill(text: str, facts: Mapping[str, str]) -> str:
    """Fill {fact} placeholders the way Rasa fills slots in responses."""
    return _PLACEHOLDER.sub(lambda m: facts.get(m.group(1), m.group(0)), text)


KIND_LABELS = {
    "absent_colleague": "找不在的同事",
    "angry_complainant": "情绪激动的投诉",
    "unanswerable_question": "当场答不了的问题",
    "unclear_audio": "听不清的来电",
}
"""The kinds of call the standards name, in the trainee's words (a new kind shows its id)."""


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)
