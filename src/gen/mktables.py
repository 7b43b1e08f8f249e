#!/usr/bin/env python3
"""mktables: turn the data in syscalltab/ into C tables.

Run by CMake at build time; the output lives in the build directory and is never committed.
The valid argument kinds, return kinds and classes are read from include/sysent.h, so the
C enums and the data can never disagree about what a word means.

  mktables.py --check SYSCALLTAB [INCLUDE_DIR]   validate only
  mktables.py SYSCALLTAB INCLUDE_DIR OUTDIR      write OUTDIR/tables.c and its headers
                                                  (tables.h: sysids.h, xlats.h, decoders.h)
"""
import os
import re
import sys

ARCH_GUARDS = {
    'x86_64': 'defined(__x86_64__)',
    'x32': 'defined(__x86_64__) && defined(__ILP32__)',
    'i386': 'defined(__i386__)',
    'aarch64': 'defined(__aarch64__)',
    'arm': 'defined(__arm__)',
    'riscv64': 'defined(__riscv) && __riscv_xlen == 64',
}


class DataError(Exception):
    pass


def enum_words(header_text, prefix):
    """{'int': 'ARG_INT', ...} from the enum members named PREFIX_* in include/sysent.h."""
    words = {}
    for name in re.findall(r'\b(%s_[A-Z0-9_]+)\b' % prefix, header_text):
        if name.endswith('_COUNT'):
            continue
        words[name[len(prefix) + 1:].lower()] = name
    return words


def data_lines(path):
    with open(path) as f:
        for n, raw in enumerate(f, 1):
            line = raw.split('#', 1)[0].strip() if not raw.lstrip().startswith('#') else ''
            if line:
                yield n, line


def read_arches(top):
    arches = []
    for n, line in data_lines(os.path.join(top, 'arches')):
        p = line.split()
        if len(p) != 4:
            raise DataError('arches:%d: want NAME AUDIT_ARCH NR_BASE BITS' % n)
        arches.append({'name': p[0], 'audit': int(p[1], 0), 'base': int(p[2], 0),
                       'bits': int(p[3])})
    return arches


def read_numbers(path, rows, unified=None):
    """NUMBER NAME lines into rows; "@unified [-NAME ...]" adds the unified numbers but those."""
    for n, line in data_lines(path):
        p = line.split()
        if p[0] == '@unified' and unified is not None:
            leave = {w[1:] for w in p[1:] if w.startswith('-')}
            if len(leave) != len(p) - 1 or not leave <= set(unified.values()):
                raise DataError('%s:%d: want @unified [-NAME ...], NAMEs from unified.tbl'
                                % (path, n))
            add = [(nr, name) for nr, name in unified.items() if name not in leave]
        elif len(p) == 2:
            add = [(int(p[0], 0), p[1])]
        else:
            raise DataError('%s:%d: want NUMBER NAME' % (path, n))
        for nr, name in add:
            if nr in rows:
                raise DataError('%s:%d: number %d given twice' % (path, n, nr))
            rows[nr] = name
    return rows


def read_arch_table(top, arch):
    unified = read_numbers(os.path.join(top, 'unified.tbl'), {})
    return read_numbers(os.path.join(top, 'arch', arch + '.tbl'), {}, unified)


SIG_LINE = re.compile(r'^([A-Za-z_][A-Za-z0-9_]*)\(([^)]*)\)\s*(.*)$')


def read_signatures(top, kinds, rets, classes, flags):
    path = os.path.join(top, 'syscalls.sig')
    sigs = {}
    for n, line in data_lines(path):
        m = SIG_LINE.match(line)
        if not m:
            raise DataError('%s:%d: want NAME(KIND, ...) RET [%%CLASS ...] [@DECODER]' % (path, n))
        name, arglist, rest = m.groups()
        if name in sigs:
            raise DataError('%s:%d: %s has a signature already' % (path, n, name))
        args = []
        for a in [x.strip() for x in arglist.split(',')] if arglist.strip() else []:
            kind, _, aux = a.partition(':')
            if kind not in kinds:
                raise DataError('%s:%d: %s: unknown argument kind "%s"' % (path, n, name, kind))
            args.append((kind, aux))
        if len(args) > 6:
            raise DataError('%s:%d: %s: more than 6 arguments' % (path, n, name))
        words = rest.split()
        if not words or words[0] not in rets:
            raise DataError('%s:%d: %s: missing or unknown return kind' % (path, n, name))
        sig = {'name': name, 'args': args, 'ret': words[0], 'classes': [], 'decoder': None,
               'flags': [], 'line': n}
        for w in words[1:]:
            if w.startswith('%'):
                if w[1:] not in classes:
                    raise DataError('%s:%d: %s: unknown class "%s"' % (path, n, name, w))
                sig['classes'].append(w[1:])
            elif w.startswith('@'):
                sig['decoder'] = w[1:]
            elif w.startswith('!'):
                if w[1:] not in flags:
                    raise DataError('%s:%d: %s: unknown flag "%s"' % (path, n, name, w))
                sig['flags'].append(w[1:])
            else:
                raise DataError('%s:%d: %s: unexpected "%s"' % (path, n, name, w))
        sigs[name] = sig
    return sigs


ARGNAMES_COND = (r'arg([0-5])(?:\s*&\s*(0x[0-9a-fA-F]+|\d+))?\s*==\s*(0x[0-9a-fA-F]+|\d+)')
ARGNAMES_LINE = re.compile(r'^([A-Za-z_][A-Za-z0-9_]*)\(([^)]*)\)'
                           r'(?:\s+if\s+' + ARGNAMES_COND +
                           r'(?:\s+and\s+' + ARGNAMES_COND + r')?)?$')


def read_argnames(top, sigs):
    """-N: syscalltab/argnames. {call: [(names, argi, mask, value)]}, the cases of an
    operation first, the plain list (argi None) last."""
    path = os.path.join(top, 'argnames')
    names = {}
    if not os.path.exists(path):
        return names
    plain = set()
    for n, line in data_lines(path):
        m = ARGNAMES_LINE.match(line)
        if not m:
            raise DataError('%s:%d: want NAME(ARG, ...) [if argN [& MASK] == VALUE'
                            ' [and argN [& MASK] == VALUE]]' % (path, n))
        name, arglist, argi, mask, value, argi2, mask2, value2 = m.groups()
        args = [a.strip() for a in arglist.split(',')] if arglist.strip() else []
        if name not in sigs:
            raise DataError('%s:%d: %s has no signature in syscalls.sig' % (path, n, name))
        if argi is None:
            if name in plain:
                raise DataError('%s:%d: %s is named twice' % (path, n, name))
            plain.add(name)
        if len(args) > 6:
            raise DataError('%s:%d: %s: more than 6 names' % (path, n, name))
        for a in args:
            if a != '-' and not re.match(r'^[A-Za-z_][A-Za-z0-9_]*$', a):
                raise DataError('%s:%d: %s: "%s" is no name' % (path, n, name, a))
        case = (args, None if argi is None else int(argi),
                int(mask, 0) if mask else 0xffffffff, int(value, 0) if value else 0,
                0xff if argi2 is None else int(argi2),
                int(mask2, 0) if mask2 else 0xffffffff, int(value2, 0) if value2 else 0)
        names.setdefault(name, []).append(case)
    for name in names:
        names[name].sort(key=lambda c: c[1] is None)
    return names


XLAT_LINE = re.compile(r'^(\S+)\s+(-?(?:0x[0-9a-fA-F]+|[0-9]+))((?:\s+[a-z0-9_]+=-?\w+)*)'
                       r'(?:\s+"((?:[^"\\]|\\.)*)")?\s*$')


# "@default TEXT": what the comment after an unknown value says (0x10 /* ?_OK */) when the
# set's own first prefix would not do.
XLAT_DEFAULT = re.compile(r'^@default\s+(\S+)$')
XLAT_DEFAULTS = {}


def read_xlats(top):
    xdir = os.path.join(top, 'xlat')
    sets = {}
    for fn in sorted(os.listdir(xdir)) if os.path.isdir(xdir) else []:
        if not fn.endswith('.list'):
            continue
        set_name = fn[:-5]
        if not re.match(r'^[a-z0-9_]+$', set_name):
            raise DataError('xlat/%s: set names are lower case, digits and _' % fn)
        entries = []
        default = None
        for n, line in data_lines(os.path.join(xdir, fn)):
            d = XLAT_DEFAULT.match(line)
            if d:
                default = d.group(1)
                continue
            m = XLAT_LINE.match(line)
            if not m:
                raise DataError('xlat/%s:%d: want NAME VALUE [ARCH=VALUE ...] ["TEXT"]' % (fn, n))
            name, value, overrides, text = m.groups()
            over = {}
            for o in overrides.split():
                a, v = o.split('=', 1)
                if a not in ARCH_GUARDS:
                    raise DataError('xlat/%s:%d: unknown arch "%s"' % (fn, n, a))
                over[a] = v
            entries.append((name, value, over, text))
        sets[set_name] = entries
        XLAT_DEFAULTS[set_name] = default
    return sets


def check(top, inc):
    with open(os.path.join(inc, 'sysent.h')) as f:
        header = f.read()
    kinds = enum_words(header, 'ARG')
    rets = enum_words(header, 'RET')
    classes = enum_words(header, 'CLASS')
    flags = enum_words(header, 'SF')
    arches = read_arches(top)
    tables = {a['name']: read_arch_table(top, a['name']) for a in arches}
    sigs = read_signatures(top, kinds, rets, classes, flags)
    xlats = read_xlats(top)
    problems = []
    for arch, rows in tables.items():
        for nr, name in sorted(rows.items()):
            if name not in sigs:
                problems.append('arch/%s.tbl: %s (%d) has no signature in syscalls.sig'
                                % (arch, name, nr))
    for s in sigs.values():
        for kind, aux in s['args']:
            if kind in ('flags', 'enum', 'lflags', 'lenum') and aux not in xlats:
                problems.append('syscalls.sig:%d: %s: no xlat/%s.list' % (s['line'], s['name'], aux))
            if kind in ('flags', 'enum', 'lflags', 'lenum', 'struct', 'ostruct') and not aux:
                problems.append('syscalls.sig:%d: %s: %s needs :NAME' % (s['line'], s['name'], kind))
            if kind in ('ibuf', 'obuf') and not re.match(r'^[0-5]$', aux):
                problems.append('syscalls.sig:%d: %s: %s needs :N, the size argument'
                                % (s['line'], s['name'], kind))
    problems += check_prctl_layouts(xlats)
    if problems:
        raise DataError('\n'.join(problems))
    return header, kinds, rets, classes, flags, arches, tables, sigs, xlats


def check_prctl_layouts(xlats):
    """xlat/prctl_layouts.list: each option as prctl_options names it, with a layout word and
    only sets that exist, so a wrong line fails the build instead of printing words."""
    options = {name: value for name, value, _, _ in xlats.get('prctl_options', [])}
    problems = []
    for name, value, _, text in xlats.get('prctl_layouts', []):
        where = 'xlat/prctl_layouts.list: %s' % name
        if options.get(name) != value:
            problems.append('%s: not %s in prctl_options.list' % (where, value))
        words = (text or '').split()
        if not words or len(words) > 2:
            problems.append('%s: want "LAYOUT [SET]"' % where)
        elif len(words) == 2 and words[1] not in xlats:
            problems.append('%s: no xlat/%s.list' % (where, words[1]))
    return problems


def c_string(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def write_tables(out, kinds, rets, classes, flags, arches, tables, sigs, xlats, argnames):
    names = sorted(sigs)
    index = {name: i for i, name in enumerate(names)}
    decoders = sorted({s['decoder'] for s in sigs.values() if s['decoder']})
    structs = sorted({aux for s in sigs.values() for k, aux in s['args']
                      if k in ('struct', 'ostruct')})

    # Four headers, so a file includes only what it uses: the ids, the constant tables, the
    # decoders the table names, and tables.h, which gathers the three for the table itself.
    gen = '/* Generated by src/gen/mktables.py from syscalltab/. Do not edit. */'
    ids = [gen, '#ifndef STRC_SYSIDS_H', '#define STRC_SYSIDS_H', '', 'enum syscall_id {']
    ids += ['\tSYS_%s = %d,' % (name, i) for i, name in enumerate(names)]
    ids += ['\tSYS_COUNT = %d' % len(names), '};', '']
    decs = [gen, '#ifndef STRC_DECODERS_H', '#define STRC_DECODERS_H',
            '#include "sysent.h"', '']
    decs += ['int dec_%s(struct tracee *t);' % d for d in decoders]
    decs += ['void print_struct_%s(struct tracee *t, uint64_t addr);' % s for s in structs]
    decs += ['', '#endif']
    xl = [gen, '#ifndef STRC_XLATS_H', '#define STRC_XLATS_H', '#include "sysent.h"', '']
    xl += ['extern const struct xlat xlat_%s;' % x for x in sorted(xlats)]
    xl += ['', '#endif']
    h = [gen, '#ifndef STRC_TABLES_H', '#define STRC_TABLES_H', '#include "sysent.h"',
         '#include "sysids.h"', '#include "xlats.h"', '#include "decoders.h"', '', '#endif']

    c = ['/* Generated by src/gen/mktables.py from syscalltab/. Do not edit. */',
         '#include <stddef.h>', '#include "tables.h"', '']
    for name in names:
        cases = argnames.get(name, [])
        for k, (args, *_) in enumerate(cases):
            c.append('static const char *const an_%s_%d[] = { %s };' % (
                name, k, ', '.join('NULL' if a == '-' else c_string(a) for a in args) or 'NULL'))
        if cases:
            c.append('static const struct argnames an_%s[] = {' % name)
            for k, (args, argi, mask, value, argi2, mask2, value2) in enumerate(cases):
                c.append('\t{ an_%s_%d, %d, %d, %#x, %#x, %d, %#x, %#x },' % (
                    name, k, len(args), 0xff if argi is None else argi, mask, value,
                    argi2, mask2, value2))
            c.append('\t{ NULL, 0, 0, 0, 0, 0, 0, 0 },')
            c.append('};')
    c.append('const struct sysent sysent[SYS_COUNT] = {')
    for name in names:
        s = sigs[name]
        argk = ', '.join(kinds[k] for k, _ in s['args']) or '0'
        aux = []
        for k, a in s['args']:
            if k in ('flags', 'enum', 'lflags', 'lenum'):
                aux.append('(uintptr_t)&xlat_%s' % a)
            elif k in ('ibuf', 'obuf'):
                aux.append(a)
            elif k in ('struct', 'ostruct'):
                aux.append('(uintptr_t)print_struct_%s' % a)
            else:
                aux.append('0')
        cls = ' | '.join(classes[x] for x in s['classes']) or '0'
        dec = 'dec_%s' % s['decoder'] if s['decoder'] else 'NULL'
        fl = ' | '.join(flags[x] for x in s['flags']) or '0'
        c.append('\t[SYS_%s] = { %s, %d, { %s }, { %s }, %s, %s, %s, %s, %s },' % (
            name, c_string(name), len(s['args']), argk, ', '.join(aux) or '0',
            rets[s['ret']], cls, dec, fl, 'an_%s' % name if name in argnames else 'NULL'))
    c += ['};', '']
    for a in arches:
        rows = tables[a['name']]
        low = {nr: n for nr, n in rows.items() if nr < 4096}
        high = {nr: n for nr, n in rows.items() if nr >= 4096}
        size = max(low) + 1 if low else 0
        c.append('static const short map_%s[%d] = {' % (a['name'], max(size, 1)))
        c.append('\t' + ', '.join(('SYS_%s' % low[i]) if i in low else '-1'
                                  for i in range(size)) if size else '\t-1')
        c.append('};')
        c.append('static const struct nr_name extra_%s[%d] = {' % (a['name'], max(len(high), 1)))
        c += ['\t{ %#x, SYS_%s },' % (nr, n) for nr, n in sorted(high.items())] or ['\t{ 0, -1 }']
        c.append('};')
    c.append('const struct arch_table arch_tables[ARCH_COUNT] = {')
    for a in arches:
        n = a['name']
        nhigh = len([1 for nr in tables[n] if nr >= 4096])
        size = max([nr for nr in tables[n] if nr < 4096], default=-1) + 1
        c.append('\t{ %s, %#x, %#x, %d, %d, map_%s, %d, extra_%s },' % (
            c_string(n), a['audit'], a['base'], a['bits'], size, n, nhigh, n))
    c += ['};', '']
    for x in sorted(xlats):
        entries = xlats[x]
        c.append('static const struct xlat_entry xe_%s[%d] = {' % (x, max(len(entries), 1)))
        for name, value, over, text in entries:
            t = c_string(text) if text is not None else 'NULL'
            if over:
                first = True
                for arch, v in over.items():
                    c.append('#%s %s' % ('if' if first else 'elif', ARCH_GUARDS[arch]))
                    c.append('\t{ (uint64_t)(%s), %s, %s },' % (v, c_string(name), t))
                    first = False
                c.append('#else')
            c.append('\t{ (uint64_t)(%s), %s, %s },' % (value, c_string(name), t))
            if over:
                c.append('#endif')
        if not entries:
            c.append('\t{ 0, NULL, NULL }')
        c.append('};')
        dflt = XLAT_DEFAULTS.get(x)
        c.append('const struct xlat xlat_%s = { xe_%s, %d, %s, %s };' % (
            x, x, len(entries), c_string(x), c_string(dflt) if dflt else 'NULL'))
    c.append('')
    c.append('const struct xlat *const xlat_all[] = {')
    c += ['\t&xlat_%s,' % x for x in sorted(xlats)]
    c += ['\tNULL', '};', '']

    arch_enum = ['enum arch_id {'] + ['\tARCH_%s,' % a['name'].upper() for a in arches]
    arch_enum += ['\tARCH_COUNT', '};', '', '#endif']
    ids += arch_enum
    # The header must be complete before sysent.h's users see it; write atomically so a
    # parallel build never compiles against half a file.
    for fn, lines in (('sysids.h', ids), ('xlats.h', xl), ('decoders.h', decs),
                      ('tables.h', h), ('tables.c', c)):
        tmp = os.path.join(out, fn + '.tmp')
        with open(tmp, 'w') as f:
            f.write('\n'.join(lines) + '\n')
        os.replace(tmp, os.path.join(out, fn))


def main(argv):
    try:
        if len(argv) in (3, 4) and argv[1] == '--check':
            inc = argv[3] if len(argv) == 4 else os.path.join(os.path.dirname(
                os.path.abspath(__file__)), '..', '..', 'include')
            sigs = check(argv[2], inc)[7]
            read_argnames(argv[2], sigs)
            print('mktables: syscalltab is consistent')
            return 0
        if len(argv) == 4:
            _, kinds, rets, classes, flags, arches, tables, sigs, xlats = check(argv[1], argv[2])
            os.makedirs(argv[3], exist_ok=True)
            write_tables(argv[3], kinds, rets, classes, flags, arches, tables, sigs, xlats,
                         read_argnames(argv[1], sigs))
            return 0
    except DataError as e:
        sys.stderr.write('mktables: %s\n' % e)
        return 1
    except (OSError, ValueError) as e:
        sys.stderr.write('mktables: %s\n' % e)
        return 1
    sys.stderr.write(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
