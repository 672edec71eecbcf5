#!/usr/bin/env bash
# A SLURM test cluster on this host for the integration tests (needs root and Debian's packages), shaped
# the way real clusters are: two nodes (n1, n2: one slurmd each, addressed as 127.0.0.11 and 127.0.0.12,
# listening on ports 6828 and 6829, the per-node Port SLURM documents for testing), each with one generic
# "gpu" (/dev/null as its device: jobs are scheduled as GPU jobs, the code runs on CPU), a CPU partition and a
# GPU partition with a MaxTime, and accounting through slurmdbd on its own MariaDB (a private data
# directory and port 127.0.0.1:3307, never the host's database), so `sacct` answers as it does on real
# clusters. Idempotent: a running cluster with this very configuration is kept; one of an older shape of
# this script is restarted. A host with a SLURM configuration of its own is refused, untouched.
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
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null \
   || ! command -v slurmdbd >/dev/null || ! command -v mariadbd >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq slurmd slurmctld slurm-client slurmdbd munge mariadb-server >/dev/null; }; then
    echo "start.sh: could not install Debian's slurm, slurmdbd, munge and mariadb-server" >&2
    exit 3
  fi
fi

NODES="n1 n2"
declare -A ADDR=([n1]=127.0.0.11 [n2]=127.0.0.12)
CPUS=2  # per node (declared: SlurmdParameters=config_overrides lets two nodes share this host's cores)
MEM_MB=$(( ($(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 2048) / 2 ))
GPU_MAX_TIME=${R1SAFE_TEST_GPU_MAXTIME:-60}  # minutes: the GPU partition's limit, read by the plan
DB_DIR=/var/lib/r1safe-slurm/mysql
RUN_DIR=/run/r1safe-slurm
mkdir -p /etc/slurm /var/spool/slurmctld /var/log/slurm /run/munge /var/lib/munge /var/log/munge "$RUN_DIR"
for n in $NODES; do mkdir -p "/var/spool/slurmd/$n"; done
NEW=$(mktemp)
cat > "$NEW" <<CONF
ClusterName=r1safe-test
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SlurmdParameters=config_overrides
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=localhost
GresTypes=gpu
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MinJobAge=600
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd/%n
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd-%n.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd-%n.log
NodeName=n1 NodeAddr=${ADDR[n1]} NodeHostname=localhost Port=6828 CPUs=${CPUS} RealMemory=${MEM_MB} Gres=gpu:1 State=UNKNOWN
NodeName=n2 NodeAddr=${ADDR[n2]} NodeHostname=localhost Port=6829 CPUs=${CPUS} RealMemory=${MEM_MB} Gres=gpu:1 State=UNKNOWN
PartitionName=cpu Nodes=n1,n2 Default=YES MaxTime=INFINITE State=UP
PartitionName=gpu Nodes=n1,n2 MaxTime=${GPU_MAX_TIME} State=UP
CONF
cat > /etc/slurm/gres.conf <<CONF
AutoDetect=off
NodeName=n1,n2 Name=gpu File=/dev/null
CONF

# A cluster of an older shape of this script (or a changed one) is stopped and started with this one.
if [ -e /etc/slurm/slurm.conf ] && ! cmp -s "$NEW" /etc/slurm/slurm.conf; then
  scontrol shutdown >/dev/null 2>&1 || true
  pkill -x slurmctld || true; pkill -x slurmd || true; pkill -x slurmdbd || true
  for _ in $(seq 1 40); do pgrep -x slurmctld >/dev/null || pgrep -x slurmd >/dev/null || break; sleep 0.25; done
  rm -rf /var/spool/slurmctld/* /var/spool/slurmd/*/*  # the old shape's nodes and jobs (this cluster's own state)
  RESET_DB=1  # job ids start again at 1: the accounting of the old jobs goes too (sacct -j would mix them)
fi
mv "$NEW" /etc/slurm/slurm.conf
chmod 644 /etc/slurm/slurm.conf /etc/slurm/gres.conf

# Accounting: MariaDB in a private data directory on 127.0.0.1:3307, slurmdbd on it.
if [ ! -d "$DB_DIR/mysql" ]; then
  mkdir -p "$DB_DIR"; chown mysql:mysql "$DB_DIR"
  mariadb-install-db --user=mysql --datadir="$DB_DIR" --auth-root-authentication-method=socket >/dev/null
fi
chown mysql:mysql "$RUN_DIR"
if ! [ -S "$RUN_DIR/mysqld.sock" ] || ! mariadb-admin --socket="$RUN_DIR/mysqld.sock" ping >/dev/null 2>&1; then
  mariadbd --user=mysql --datadir="$DB_DIR" --socket="$RUN_DIR/mysqld.sock" --port=3307 --bind-address=127.0.0.1 \
    --pid-file="$RUN_DIR/mysqld.pid" --log-error=/var/log/slurm/mariadb.log >/dev/null 2>&1 &
  for _ in $(seq 1 120); do mariadb-admin --socket="$RUN_DIR/mysqld.sock" ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
if [ "${RESET_DB:-0}" = 1 ]; then
  mariadb --socket="$RUN_DIR/mysqld.sock" -e "DROP DATABASE IF EXISTS slurm_acct_db"
fi
mariadb --socket="$RUN_DIR/mysqld.sock" <<SQL
CREATE DATABASE IF NOT EXISTS slurm_acct_db;
CREATE USER IF NOT EXISTS 'slurm'@'127.0.0.1' IDENTIFIED BY 'r1safe-test';
GRANT ALL ON slurm_acct_db.* TO 'slurm'@'127.0.0.1';
SQL
cat > /etc/slurm/slurmdbd.conf <<CONF
AuthType=auth/munge
DbdHost=localhost
SlurmUser=root
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort=3307
StorageUser=slurm
StoragePass=r1safe-test
StorageLoc=slurm_acct_db
LogFile=/var/log/slurm/slurmdbd.log
PidFile=/run/slurmdbd.pid
CONF
chmod 600 /etc/slurm/slurmdbd.conf

if [ ! -s /etc/munge/munge.key ]; then
  mkdir -p /etc/munge
  dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null
fi
chown -R munge:munge /etc/munge /run/munge /var/lib/munge /var/log/munge 2>/dev/null || true
chmod 400 /etc/munge/munge.key
pgrep -x munged >/dev/null || su -s /bin/sh munge -c "/usr/sbin/munged" || /usr/sbin/munged --force
if ! pgrep -x slurmdbd >/dev/null; then
  /usr/sbin/slurmdbd
  for _ in $(seq 1 60); do sacctmgr -n list cluster >/dev/null 2>&1 && break; sleep 0.5; done
fi
sacctmgr -n -P list cluster format=cluster | grep -qx r1safe-test || sacctmgr -i add cluster r1safe-test >/dev/null
sacctmgr -n -P list account format=account | grep -qx r1safe || sacctmgr -i add account r1safe >/dev/null
sacctmgr -n -P list user format=user | grep -qx root || sacctmgr -i add user root account=r1safe >/dev/null
pgrep -x slurmctld >/dev/null || /usr/sbin/slurmctld
for n in $NODES; do
  pgrep -f "slurmd -N $n\$" >/dev/null || /usr/sbin/slurmd -N "$n"
done

for _ in $(seq 1 80); do
  # a node drained by an earlier start (its state survives in StateSaveLocation) is this cluster's own
  if sinfo -h -N -p cpu -o "%T" 2>/dev/null | grep -qE "drain|inval"; then
    scontrol update nodename=n1,n2 state=resume >/dev/null 2>&1 || true
  fi
  if [ "$(sinfo -h -N -p cpu -o "%T" 2>/dev/null | grep -cE "idle|mixed|allocated")" = 2 ]; then
    sinfo
    exit 0
  fi
  sleep 0.5
done
echo "start.sh: the nodes did not come up" >&2
sinfo -N >&2 || true
tail -n 20 /var/log/slurm/slurmctld.log /var/log/slurm/slurmd-n1.log /var/log/slurm/slurmd-n2.log >&2 || true
exit 1
