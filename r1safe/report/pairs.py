"""The variants of one model compared side by side, and the paired comparisons between them."""

# The base it was distilled from, the original, an external safe version (a released model whose config
# entry says `safe_of: <model>`, e.g. the paper's released safe models) and r1safe's own `-safe` sibling.
ROLES = ("base", "original", "external", "safe")
# The paired comparisons, by column suffix: (from, to); the delta is to - from. Every pair of the paper's
# three stages (base: before distillation; original: distilled; safe: safety-enhanced, r1safe's and the
# released one): each is a family of its own for Holm's correction (per metric, over the risk areas).
PAIRS = {"": ("original", "safe"), "_base": ("base", "original"), "_ext": ("original", "external"),
         "_sx": ("external", "safe"), "_bs": ("base", "safe"), "_bx": ("base", "external")}
# Column headings of the deltas, in the order the tables print them.
DELTA_LABELS = {"": "Δ safe−orig", "_ext": "Δ ext−orig", "_sx": "Δ safe−ext", "_base": "Δ orig−base",
                "_bs": "Δ safe−base", "_bx": "Δ ext−base"}
