# lib.sh: what the integration scripts share, sourced by them: a scratch directory ($tmp,
# removed at exit), check(), and finish(), which prints the counts and sets the status.

fail=0
pass=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() {	# check NAME CONDITION...
	name=$1
	shift
	if "$@"; then
		pass=$((pass + 1))
	else
		echo "FAIL: $name"
		fail=$((fail + 1))
	fi
}

finish() {	# finish NAME
	echo "$1: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
