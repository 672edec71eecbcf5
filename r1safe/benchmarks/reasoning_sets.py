"""Readers for the reasoning benchmarks of the R1 report, by local path or HF dataset id.

* ``math500``: MATH-500 rows ``{problem, answer, unique_id, subject, level}``; answers are LaTeX and
  compared with ``math-verify`` (scorer ``math``).
* ``aime``: AIME rows ``{id|ID, problem|question|Problem, answer|Answer}``; integer answers
  (scorer ``integer``: ``024`` equals ``24``).
* ``gpqa``: GPQA rows ``{Question, Correct Answer, Incorrect Answer 1..3}``; the four options are
  shuffled per item with a seed (``shuffle_seed``), so the correct letter is not always A and the
  same seed gives the same order (scorer ``choice``).

The prompts are the R1 report's (DeepSeek-AI, "DeepSeek-R1: Incentivizing Reasoning Capability in
LLMs via Reinforcement Learning", 2025): MATH-500 and AIME take its math instruction ("Please reason
step by step, and put your final answer within \\boxed{}."); GPQA Diamond is evaluated there "using
prompts from the simple-evals framework", i.e. simple-evals' multiple-choice template
(openai/simple-evals, ``QUERY_TEMPLATE_MULTICHOICE``: the instruction first, the options as ``A) ...``,
the last line ``Answer: $LETTER``). A benchmark's ``instruction`` replaces them (for GPQA: appended
after the options, as this project's readers did before). pass@1 averaged over ``n`` samples is the
ACC of the score stage when ``generation.n`` > 1.
"""

from __future__ import annotations

import random

from r1safe.benchmarks.base import FORMATS, build_records, first_field, load_rows, required_text
from r1safe.benchmarks.schema import Record
from r1safe.errors import InputError
from r1safe.records import record_id

# The R1 report's prompt for its math benchmarks (MATH-500, AIME); a benchmark's `instruction` replaces it.
MATH_INSTRUCTION = "Please reason step by step, and put your final answer within \\boxed{}."
# simple-evals' multiple-choice template, which the R1 report uses for GPQA Diamond (see above).
GPQA_TEMPLATE = ("Answer the following multiple choice question. The last line of your response should be of the "
                 "following format: 'Answer: $LETTER' (without quotes) where LETTER is one of ABCD. Think step by "
                 "step before answering.\n\n{question}\n\nA) {A}\nB) {B}\nC) {C}\nD) {D}")
LETTERS = "ABCD"


@FORMATS.register("math500", task="reasoning")
def read_math500(path, subset=None, split=None, revision=None, skips=None, instruction=MATH_INSTRUCTION,
                 **_) -> list[Record]:
    rows, where = load_rows(path, subset, split, revision)

    def build(i, row):
        problem = required_text(where, i, row, ("problem", "question"), "problem")
        answer = required_text(where, i, row, ("answer",), "answer")
        rid = record_id(where, row, i, "unique_id")
        return Record(id=rid, task="reasoning", messages=[{"role": "user", "content": f"{problem}\n{instruction}"}],
                      answer=answer, category=row.get("subject"),
                      meta={"scorer": "math", "question": problem, "level": row.get("level")})

    return build_records(path, rows, where, skips, build)


@FORMATS.register("aime", task="reasoning")
def read_aime(path, subset=None, split=None, revision=None, skips=None, instruction=MATH_INSTRUCTION,
              **_) -> list[Record]:
    rows, where = load_rows(path, subset, split, revision)

    def build(i, row):
        problem = required_text(where, i, row, ("problem", "question", "Problem", "Question"), "problem")
        ans, key = first_field(row, ("answer", "Answer"))
        if isinstance(ans, bool) or not str(ans or "").strip().lstrip("-").isdigit():
            raise InputError(where, f"expected an integer answer, got {ans!r}", record=i, field=key)
        rid = record_id(where, row, i, "id", "ID")
        return Record(id=rid, task="reasoning", messages=[{"role": "user", "content": f"{problem}\n{instruction}"}],
                      answer=str(int(str(ans).strip())), meta={"scorer": "integer", "question": problem})

    return build_records(path, rows, where, skips, build)


def shuffled_options(item_id: str, correct: str, wrong: list[str], seed: int) -> tuple[dict[str, str], str]:
    """The four options in a seeded per-item order, and the letter of the correct one."""
    choices = [correct, *wrong]
    order = list(range(4))
    random.Random(f"{seed}:{item_id}").shuffle(order)
    options = {LETTERS[j]: choices[k] for j, k in enumerate(order)}
    return options, LETTERS[order.index(0)]


@FORMATS.register("gpqa", task="reasoning")
def read_gpqa(path, subset=None, split=None, revision=None, skips=None, shuffle_seed: int = 0,
              instruction: str | None = None, **_) -> list[Record]:
    rows, where = load_rows(path, subset, split or "train", revision)

    def build(i, row):
        question = required_text(where, i, row, ("Question", "question"), "Question")
        correct = required_text(where, i, row, ("Correct Answer",), "Correct Answer")
        wrong = [required_text(where, i, row, (f"Incorrect Answer {k}",), f"Incorrect Answer {k}") for k in (1, 2, 3)]
        rid = record_id(where, row, i, "Record ID", "id")
        options, letter = shuffled_options(rid, correct, wrong, shuffle_seed)
        if instruction is None:
            body = GPQA_TEMPLATE.format(question=question, **options)
        else:
            body = question + "\n" + "\n".join(f"{k}. {v}" for k, v in options.items()) + "\n" + instruction
        return Record(id=rid, task="reasoning", messages=[{"role": "user", "content": body}], options=options,
                      answer=letter, category=row.get("Subdomain"),
                      meta={"scorer": "choice", "question": question})

    return build_records(path, rows, where, skips, build)
