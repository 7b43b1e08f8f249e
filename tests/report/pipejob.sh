#!/bin/sh
# A CI job whose pipeline's middle process dies of SIGSEGV: the job sees only an empty
# result from the last stage.
printf 'record 1\nrecord 2\n' | "$1" 2>/dev/null | wc -l > /dev/null
echo "no output produced"
exit 1
