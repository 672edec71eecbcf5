"""`.ci/slurm/start.sh` never touches a host's own SLURM: a slurm.conf that is not the test cluster's is
left byte for byte, and nothing is installed or started."""

import os
import subprocess

import pytest

from tests.conftest import ROOT


@pytest.mark.skipif(os.geteuid() != 0, reason="start.sh needs root (it refuses before anything else otherwise)")
def test_start_sh_leaves_a_hosts_own_slurm_conf_untouched(tmp_path):
    etc = tmp_path / "slurm"
    etc.mkdir()
    conf = etc / "slurm.conf"
    site = "ClusterName=site-cluster\nSlurmctldHost=head01\nPartitionName=gpu Nodes=gpu[01-64] MaxTime=2-00:00:00\n"
    conf.write_text(site)
    before = conf.stat().st_mtime_ns
    p = subprocess.run(["bash", str(ROOT / ".ci/slurm/start.sh")], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "R1SAFE_SLURM_ETC": str(etc)})
    assert p.returncode == 4, p.stderr
    assert "this host's own SLURM configuration" in p.stderr and "left untouched" in p.stderr
    assert conf.read_text() == site and conf.stat().st_mtime_ns == before
    assert sorted(x.name for x in etc.iterdir()) == ["slurm.conf"]
