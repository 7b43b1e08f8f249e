#!/bin/sh
# replay.sh BUILD-DIR SEED [OPTION-SET]: run the random-syscall driver's SEED again under strc
# (every option set, or the one named: plain, v, s8, xx, yy, xraw, xverbose, f) and say what
# fails. Seeds come from a FAIL line of the fuzz test or of a long run of fuzz.py.
[ $# -ge 2 ] || { echo "usage: replay.sh BUILD-DIR SEED [OPTION-SET]" >&2; exit 2; }
here=$(dirname "$0")
build=$1
seed=$2
opts=${3:-plain,v,s8,xx,yy,xraw,xverbose,f}
exec python3 "$here/fuzz.py" --strc "$build/strc" --prog "$build/tests/progs/fuzzsys" \
	--tables "$here/../../syscalltab" --seed "$seed" --count 3000 --opts "$opts"
