#!/usr/bin/env bash
# A one-node SLURM cluster on localhost for the integration test (needs root and Debian's packages):
# munge + slurmctld + slurmd, one CPU partition, no cgroups, no accounting (jobs are tracked with
# squeue; MinJobAge keeps finished jobs visible long enough). Idempotent: a running cluster is kept. A
# host with a SLURM configuration of its own is refused, untouched.
set -euo pipefail

if [ "$(id -u)" != 0 ]; then echo "start.sh: needs root" >&2; exit 2; fi

# Never touch a host's own SLURM: a slurm.conf that is not this test cluster's (a real cluster node, a
# workstation with its own set-up) is left as it is and the script stops before installing or starting
# anything. R1SAFE_SLURM_ETC only moves where it looks (the test of this refusal).
ETC=${R1SAFE_SLURM_ETC:-/etc/slurm}
if [ -e "$ETC/slurm.conf" ] && ! grep -qx "ClusterName=r1safe-test" "$ETC/slurm.conf"; then
  echo "start.sh: $ETC/slurm.conf is this host's own SLURM configuration (not the r1safe test cluster's): left untouched; run the SLURM test on a machine without one" >&2
  exit 4
fi
if [ ! -e "$ETC/slurm.conf" ] && pgrep -x slurmctld >/dev/null; then
  echo "start.sh: a slurmctld is running without $ETC/slurm.conf: this host runs its own SLURM; left untouched" >&2
  exit 4
fi
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq slurmd slurmctld slurm-client munge >/dev/null; }; then
    echo "start.sh: could not install Debian's slurm and munge" >&2
    exit 3
  fi
fi

CPUS=$(nproc)
MEM_MB=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 1024 ))
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /run/munge /var/lib/munge /var/log/munge
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=r1safe-test
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MinJobAge=600
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
NodeName=localhost CPUs=${CPUS} RealMemory=${MEM_MB} State=UNKNOWN
PartitionName=cpu Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF

if [ ! -s /etc/munge/munge.key ]; then
  mkdir -p /etc/munge
  dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null
fi
chown -R munge:munge /etc/munge /run/munge /var/lib/munge /var/log/munge 2>/dev/null || true
chmod 400 /etc/munge/munge.key
pgrep -x munged >/dev/null || su -s /bin/sh munge -c "/usr/sbin/munged" || /usr/sbin/munged --force
pgrep -x slurmctld >/dev/null || /usr/sbin/slurmctld
pgrep -x slurmd >/dev/null || /usr/sbin/slurmd

for _ in $(seq 1 60); do
  if sinfo -h -o "%T" 2>/dev/null | grep -qE "idle|mixed|allocated"; then
    sinfo
    exit 0
  fi
  sleep 0.5
done
echo "start.sh: the node did not come up" >&2
tail -20 /var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log >&2 || true
exit 1
