#!/usr/bin/env python3
"""options.py MAIN_C STRC MAN: every option in the parser's own tables (the getopt string
and the long_options array of src/main.c) is named in `strc --help` and in man/strc.1; and
the -e values strace 7.2 takes that strc once refused (QUALIFIER_VALUES) are accepted and
named in both."""
import re
import subprocess
import sys


def parser_options(main_c):
    """The short letters of the getopt_long string and the long_options names."""
    src = open(main_c).read()
    m = re.search(r'getopt_long\(argc, argv, "([^"]*)"', src)
    shorts = [c for c in m.group(1) if c.isalnum()]
    table = re.search(r'long_options\[\] = \{(.*?)\n\};', src, re.S).group(1)
    longs = re.findall(r'\{ "([a-z0-9-]+)",', table)
    return shorts, longs


def man_text(path):
    """The page with roff's escapes taken off: \\- is -, font changes vanish."""
    text = open(path).read()
    text = re.sub(r'\\f[BIRP]', '', text).replace('\\-', '-').replace('\\(em', '-')
    return text


def named(text, opt):
    return re.search(r'(?<![\w-])' + re.escape(opt) + r'(?![\w-])', text) is not None


# -e values of strace 7.2 that strc refused as "not supported" before it had them
QUALIFIER_VALUES = ['kvm=vcpu', 'kvm=vcpu+', 'namespace=new']


def qualifier_values(strc, docs):
    """How many of QUALIFIER_VALUES are refused or not named in the docs."""
    fail = 0
    for value in QUALIFIER_VALUES:
        r = subprocess.run([strc, '-o', '/dev/null', '-e', value, 'true'],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print('FAIL: -e %s refused: %s' % (value, r.stderr.strip()))
            fail += 1
        for where, text in docs.items():
            if not re.search(r'(?<![\w-])' + re.escape(value) + r'(?![\w+-])', text):
                print('FAIL: %s does not name %s' % (where, value))
                fail += 1
    return fail


def main():
    main_c, strc, man = sys.argv[1:4]
    shorts, longs = parser_options(main_c)
    if len(shorts) < 30 or len(longs) < 40:
        print('FAIL: the option tables were not found in %s (%d short, %d long)'
              % (main_c, len(shorts), len(longs)))
        return 1
    helptext = subprocess.run([strc, '--help'], capture_output=True, text=True).stdout
    docs = {'--help': helptext, 'man/strc.1': man_text(man)}
    fail = 0
    for where, text in docs.items():
        for opt in ['-' + c for c in shorts] + ['--' + n for n in longs]:
            if not named(text, opt):
                print('FAIL: %s does not name %s' % (where, opt))
                fail += 1
    fail += qualifier_values(strc, docs)
    print('options: %d short, %d long, %d qualifier values, %d missing' %
          (len(shorts), len(longs), len(QUALIFIER_VALUES), fail))
    return 1 if fail else 0


if __name__ == '__main__':
    sys.exit(main())
