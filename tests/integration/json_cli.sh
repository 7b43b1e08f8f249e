#!/bin/sh
# json_cli.sh STRC PROGS [SCHEMA]: --json on the command line: the same errors as the text
# mode, the stream's shape (a header first, jq reads every line, nothing else on it), the
# README's jq examples, -c as one summary object with its rows (valid against SCHEMA when
# python3-jsonschema is there), -ff files each a stream of their own.
strc=$1 progs=$2 schema=$3
. "$(dirname "$0")/lib.sh"

if ! command -v jq >/dev/null 2>&1; then
	echo "jq is not installed: skipped"
	exit 77
fi

# the same message and status as the text mode for bad input
same_error() {	# same_error NAME ARGS...
	name=$1
	shift
	"$strc" "$@" >"$tmp/t.out" 2>"$tmp/t.err" </dev/null
	ts=$?
	"$strc" --json "$@" >"$tmp/j.out" 2>"$tmp/j.err" </dev/null
	js=$?
	check "$name: status $js, text mode's $ts" [ "$js" -eq "$ts" ] && [ "$js" -eq 1 ]
	check "$name: message differs from the text mode's" cmp -s "$tmp/t.err" "$tmp/j.err"
}
same_error "unwritable -o" -o /nonexistent/dir/x true
same_error "unknown qualifier" -e bogus=1 true
same_error "bad syscall name" -e trace=bogus true
"$strc" --json-file=/nonexistent/dir/j true 2>"$tmp/err"
check "unwritable --json-file: status 1" [ $? -eq 1 ]
check "unwritable --json-file: message" grep -q "^strc: Can't fopen '/nonexistent/dir/j'" "$tmp/err"

# --json to stderr: every line JSON, the header first, the command's own stderr apart
"$strc" -j -f sh -c 'cat /etc/hostname /nonexistent-json-test >/dev/null 2>&1; ls /' \
	2>"$tmp/s.jsonl" >/dev/null
n=$(wc -l <"$tmp/s.jsonl")
m=$(jq -c . <"$tmp/s.jsonl" | wc -l)
check "jq reads $m of $n lines" [ "$n" -gt 20 ] && [ "$n" -eq "$m" ]
check "the header comes first" [ "$(head -n 1 "$tmp/s.jsonl" | jq -r .type)" = header ]
check "processes: spawn and exit objects" [ "$(jq -r 'select(.type=="spawn") | .parent' "$tmp/s.jsonl" | wc -l)" -eq 2 ]

# strc's own messages on the JSON stream: objects after the header, nothing else
"$strc" -j --seccomp-bpf true 2>"$tmp/w.jsonl" >/dev/null
check "a warning: jq reads every line" jq -e . "$tmp/w.jsonl" >/dev/null
check "a warning: the header first" [ "$(head -n 1 "$tmp/w.jsonl" | jq -r .type)" = header ]
check "a warning: a message object" \
	jq -s -e 'any(.[]; .type=="message" and .level == "warning" and (.text | startswith("--seccomp-bpf cannot be used without -f")))' "$tmp/w.jsonl"
"$strc" -j -d true 2>"$tmp/d.jsonl" >/dev/null
check "-d: every line JSON" jq -e . "$tmp/d.jsonl" >/dev/null
check "-d: its notes as debug messages" [ "$(jq -r 'select(.level=="debug") | .type' "$tmp/d.jsonl" | wc -l)" -ge 2 ]
"$strc" -j -o "$tmp/o.jsonl" --seccomp-bpf true 2>"$tmp/o.err" >/dev/null
check "a warning with -o: text on stderr, as the text mode" \
	grep -q '^strc: --seccomp-bpf cannot be used without -f' "$tmp/o.err"

# README's examples
jq -r 'select(.errno=="ENOENT" and .syscall=="openat") | .args[1]' "$tmp/s.jsonl" >"$tmp/enoent"
check "README: files that did not exist" grep -qx /nonexistent-json-test "$tmp/enoent"
jq -r 'select(.syscall=="execve" and .ret==0) | .args[1] | map(if type=="string" then . else (.str // .sym) end) | join(" ")' \
	"$tmp/s.jsonl" >"$tmp/cmds"
check "README: the commands it ran" grep -qx "ls /" "$tmp/cmds"
jq -s -r '[.[] | select(.type=="syscall" and .dur_ns != null)] | sort_by(-.dur_ns) | .[:5][] | "\(.dur_ns) \(.syscall)"' \
	"$tmp/s.jsonl" >"$tmp/slow"
check "README: the slowest calls" [ "$(wc -l <"$tmp/slow")" -eq 5 ]

# -c: the table is one object, the text mode's table
"$strc" -c -o "$tmp/c.txt" true
"$strc" -j -c -o "$tmp/c.jsonl" true
check "-c: header and one summary" [ "$(jq -r .type "$tmp/c.jsonl" | tr '\n' ' ')" = "header summary " ]
# the same rows (times vary between two runs, and so may an error count)
jq -j 'select(.type=="summary") | .table' "$tmp/c.jsonl" | awk '{print $NF}' | sort >"$tmp/c1"
awk '{print $NF}' "$tmp/c.txt" | sort >"$tmp/c2"
check "-c: the table's rows are the text mode's" cmp -s "$tmp/c1" "$tmp/c2"
# the rows as objects: the same calls as the table's text, the total their sum
jq -j 'select(.type=="summary") | .table' "$tmp/c.jsonl" |
	awk '/^-/ { n++; next } n >= 1 { print $NF, $4 }' | sort >"$tmp/c3"
jq -r 'select(.type=="summary") | .tables[0] | (.rows + [.total])[] | "\(.syscall) \(.calls)"' \
	"$tmp/c.jsonl" | sort >"$tmp/c4"
check "-c: rows and total are the table's names and calls" cmp -s "$tmp/c3" "$tmp/c4"
check "-c: the total's calls are the rows' sum" \
	jq -e 'select(.type=="summary") | .tables[0] | ([.rows[].calls] | add) == .total.calls' "$tmp/c.jsonl"
"$strc" -j -c -o "$tmp/ce.jsonl" cat /nonexistent-json-test 2>/dev/null
check "-c: the errors of a call that failed" \
	jq -e 'select(.type=="summary") | .tables[0].rows[] | select(.syscall=="openat") | .errors >= 1' "$tmp/ce.jsonl"
check "-c: a row without errors has 0" \
	jq -e 'select(.type=="summary") | [.tables[0].rows[] | select(.syscall=="close")][0].errors == 0' "$tmp/ce.jsonl"
"$strc" -j -f -c --summary-by=process -o "$tmp/cp.jsonl" sh -c 'cat /etc/hostname >/dev/null'
check "--summary-by=process: a table per process, with its comm" \
	[ "$(jq -r 'select(.type=="summary") | .tables[] | .comm' "$tmp/cp.jsonl" | sort | tr '\n' ' ')" = "cat sh " ]
"$strc" -j -C -U name,calls,errors,min-time,max-time,wall-total,wall-avg,avg-time,time-percent \
	-o "$tmp/cu.jsonl" cat /nonexistent-json-test 2>/dev/null
check "-C -U: the rows have the columns chosen" \
	jq -e 'select(.type=="summary") | .tables[0].total | keys == ["calls","errors","longest","percent","shortest","syscall","usecs_per_call","wall_avg","wall_total"]' "$tmp/cu.jsonl"
"$strc" -j -c --report sh -c 'exec 2>/dev/null; cat /nonexistent-json-test' 2>"$tmp/cr.jsonl" >/dev/null
check "-c --report on stderr: header, summary, report" \
	[ "$(jq -r .type "$tmp/cr.jsonl" | tr '\n' ' ')" = "header summary report " ]
if [ -n "$schema" ] && python3 -c 'import jsonschema' 2>/dev/null; then
	for f in c ce cp cu cr; do
		check "-c: $f.jsonl matches the schema" python3 -c '
import json, sys, jsonschema
v = jsonschema.Draft7Validator(json.load(open(sys.argv[1])))
sys.exit(any(list(v.iter_errors(json.loads(l))) for l in open(sys.argv[2])))' "$schema" "$tmp/$f.jsonl"
	done
fi

# -ff: one stream per process, each with its header
"$strc" -j -ff -o "$tmp/ff" sh -c 'true; true' >/dev/null 2>&1
for f in "$tmp"/ff.*; do
	check "-ff: $f starts with a header" [ "$(head -n 1 "$f" | jq -r .type)" = header ]
	check "-ff: jq reads $f" jq -e . "$f" >/dev/null
done

# an unfinished call: the process killed in the middle of pause()
"$strc" -j -o "$tmp/k.jsonl" sh -c 'kill -KILL $$' >/dev/null 2>&1
check "killed: a killed object" [ "$(jq -r 'select(.type=="killed") | .signal' "$tmp/k.jsonl")" = SIGKILL ]

# -k: the frames inside the call's object, as the text prints them
if "$strc" -k -e trace=write -o "$tmp/k.txt" --json-file="$tmp/k2.jsonl" sh -c 'echo hi' >/dev/null 2>&1 &&
	grep -q '^ > ' "$tmp/k.txt"; then
	sed -n 's/^ > //p' "$tmp/k.txt" >"$tmp/k.frames"
	jq -r 'select(.type=="syscall") | .frames[]' "$tmp/k2.jsonl" >"$tmp/k2.frames"
	check "-k: the frames are the text's" cmp -s "$tmp/k.frames" "$tmp/k2.frames"
fi

finish json_cli
