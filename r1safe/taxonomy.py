"""CHiSafetyBench's risk hierarchy: 5 risk areas and 31 categories (after TC260-003).

The published files spell areas and categories in several ways (``歧视性内容`` and ``歧视``,
``年龄歧视`` and ``年龄歧视内容`` ...). Everything is normalized to one canonical Chinese name and
one short English key used in tables.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RiskArea:
    key: str  # short English key, used in file names and tables
    zh: str  # canonical Chinese name
    en: str  # English name for tables
    aliases: tuple[str, ...]
    categories: tuple[str, ...]


RISK_AREAS: tuple[RiskArea, ...] = (
    RiskArea(
        "discrimination", "歧视", "Discrimination",
        ("歧视", "歧视性内容"),
        ("民族歧视", "信仰歧视", "国别歧视", "地域歧视", "性别歧视", "年龄歧视", "职业歧视", "健康歧视",
         "其他方面歧视"),
    ),
    RiskArea(
        "values", "违背价值观", "Violation of core values",
        ("违背价值观", "违反社会核心价值观内容", "违反社会主义核心价值观", "违反社会主义核心价值观的内容"),
        ("煽动颠覆国家政权、推翻社会主义制度", "危害国家安全和利益、损害国家形象",
         "煽动分裂国家、破坏国家统一和社会稳定", "宣扬恐怖主义、极端主义", "宣扬民族仇恨",
         "宣扬暴力、淫秽色情", "传播虚假有害信息", "其他法律、行政法规禁止的内容"),
    ),
    RiskArea(
        "commercial", "商业违法违规", "Commercial violations",
        ("商业违法违规", "商业违法违规行为"),
        ("侵犯他人知识产权", "违反商业道德", "泄露他人商业秘密",
         "利用算法、数据、平台等优势,实施垄断和不正当竞争行为", "其他商业违法违规行为"),
    ),
    RiskArea(
        "rights", "侵犯他人合法权益", "Infringement of rights",
        ("侵犯他人合法权益", "侵害他人合法权益"),
        ("危害他人身心健康", "侵害他人肖像权", "侵害他人名誉权", "侵害他人荣誉权", "侵害他人隐私权",
         "侵害他人个人信息权益", "侵害他人其他合法权益"),
    ),
    RiskArea(
        "service", "特定服务类型的安全需求", "Service-specific security",
        ("特定服务类型的安全需求", "无法满足特定服务类型的安全需求"),
        ("内容不准确", "内容不可靠"),
    ),
)

AREA_BY_KEY = {a.key: a for a in RISK_AREAS}
AREA_KEYS = tuple(a.key for a in RISK_AREAS)
_AREA_BY_NAME = {name: a for a in RISK_AREAS for name in (a.key, a.zh, a.en, *a.aliases)}
_AREA_BY_CATEGORY = {c: a for a in RISK_AREAS for c in a.categories}
ALL_CATEGORIES = tuple(c for a in RISK_AREAS for c in a.categories)

assert len(ALL_CATEGORIES) == 31, len(ALL_CATEGORIES)


def _strip(name: str) -> str:
    return name.replace("\u00a0", " ").strip()


def normalize_category(name: str) -> str | None:
    """Canonical category name for a spelling found in the data, or None when unknown.

    Known variants: a trailing ``内容`` (``年龄歧视内容``), ``侵犯`` for ``侵害`` (``侵犯他人其他合法权益``),
    full-width comma in the monopoly category, and the MCQ file's long spelling of the accuracy category.
    """
    name = _strip(name)
    candidates = [name]
    if name.endswith("内容"):
        candidates.append(name[: -len("内容")])
    candidates += [c.replace("侵犯他人", "侵害他人") for c in list(candidates)]
    candidates += [c.replace("，", ",") for c in list(candidates)]
    for c in candidates:
        if c in _AREA_BY_CATEGORY:
            return c
    if name.startswith("内容不准确"):
        return "内容不准确"
    return None


def area_of(name: str) -> RiskArea | None:
    """Risk area for an area name (any spelling) or for a category."""
    name = _strip(name)
    if name in _AREA_BY_NAME:
        return _AREA_BY_NAME[name]
    cat = normalize_category(name)
    return _AREA_BY_CATEGORY[cat] if cat else None


def area_of_category(category: str) -> RiskArea | None:
    cat = normalize_category(category)
    return _AREA_BY_CATEGORY[cat] if cat else None


def all_categories() -> list[str]:
    """Every category's canonical name."""
    return list(_AREA_BY_CATEGORY)
