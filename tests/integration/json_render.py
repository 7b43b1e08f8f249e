#!/usr/bin/env python3
"""json_render.py: strc's JSON objects back to strace's text (the format's proof of losslessness).

Imported by json_fidelity.py; usable alone: `json_render.py FILE.jsonl` prints each syscall
object of a --json stream as the line strace would print (no prefix, no padding before " = ").
The rules are those of man/strc.1's JSON section, written from the format, not from json.c.
"""
import base64
import json
import sys

ALIGN = 40  # strace's -a default: the '=' of " = " in column 40


def _printable(c):
    return 0x20 <= c < 0x7f


ESC = {ord('"'): '\\"', ord('\\'): '\\\\', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r',
       0x09: '\\t', 0x0b: '\\v'}


def quote(data, xflag, force_hex=False, quotes=True):
    """strace's escaping of a tracee's bytes."""
    hexa = force_hex or xflag > 1
    if not hexa and xflag == 1:
        hexa = any(not _printable(c) and not 9 <= c <= 13 for c in data)
    out = []
    for i, c in enumerate(data):
        if hexa:
            out.append('\\x%02x' % c)
        elif c in ESC:
            out.append(ESC[c])
        elif _printable(c):
            out.append(chr(c))
        elif i + 1 < len(data) and 0x30 <= data[i + 1] <= 0x37:
            out.append('\\%03o' % c)
        else:
            out.append('\\%o' % c)
    s = ''.join(out)
    return '"%s"' % s if quotes else s


def string_bytes(node):
    """The tracee's bytes of a string node, whether it is cut, whether hex was forced."""
    if isinstance(node, str):
        return node.encode('utf-8'), False, False
    if 'str' in node:
        data = node['str'].encode('utf-8')
    else:
        data = base64.b64decode(node['b64'])
    return data, node.get('cut', False), node.get('hex', False)


def is_string_node(node):
    return isinstance(node, str) or (isinstance(node, dict) and
                                     ('str' in node or 'b64' in node) and
                                     set(node) <= {'str', 'b64', 'cut', 'hex'})


def render(node, xflag):
    if node is None:
        return 'NULL'
    if isinstance(node, bool):
        raise ValueError('a bare boolean is no node: %r' % node)
    if isinstance(node, int):
        return str(node)
    if is_string_node(node):
        data, cut, force = string_bytes(node)
        return quote(data, xflag, force) + ('...' if cut else '')
    if isinstance(node, list):
        return '[' + ', '.join(render(n, xflag) for n in node) + ']'
    if not isinstance(node, dict):
        raise ValueError('not a node: %r' % (node,))
    keys = set(node)
    if keys == {'sym'}:
        return node['sym']
    if keys == {'in', 'out'}:
        return render(node['in'], xflag) + ' => ' + render(node['out'], xflag)
    if keys == {'braces'}:
        return '{' + ', '.join(render(n, xflag) for n in node['braces']) + '}'
    if keys in ({'fd', 'path'}, {'fd', 'info'}):
        if 'path' in node:
            data, _, force = string_bytes(node['path'])
            inner = quote(data, xflag, force, quotes=False)
        else:
            inner = node['info']
        return '%s<%s>' % (node['fd'], inner)
    items = []
    for k, v in node.items():
        items.append('...' if k == '...' else '%s=%s' % (k, render(v, xflag)))
    return '{' + ', '.join(items) + '}'


def render_call(obj, xflag, prefix_len=0, align=ALIGN):
    """(head, tail): the text up to the ')' and from the padding on, the padding included."""
    head = obj['syscall'] + '(' + ', '.join(render(a, xflag) for a in obj['args'])
    if obj.get('args_open'):
        head += ', '
    if obj.get('args_cut'):
        head += ' <unfinished ...>'
    if obj.get('ret_text') is None:
        return head, ''
    col = prefix_len + len(head) + 1
    pad = ' ' * max(0, align - 1 - col)
    return head, ')' + pad + ' = ' + obj['ret_text']


def render_kvm_run(kvm, xflag=0):
    """-e kvm=vcpu+: the lines " VCPU:N< {...}" and " VCPU:N> {...}" of a kvm_run object"""
    if kvm is None:
        return []
    return [' VCPU:%d%s %s' % (kvm['vcpu'], mark, render(kvm[key], xflag))
            for mark, key in (('<', 'entry'), ('>', 'exit'))]


def main():
    xflag = 0
    for line in open(sys.argv[1], encoding='utf-8'):
        obj = json.loads(line)
        if obj['type'] == 'header':
            xflag = obj['strings_in_hex']
        elif obj['type'] == 'syscall':
            head, tail = render_call(obj, xflag)
            print(head + tail)
            for frame in obj.get('frames', []):
                print(' > ' + frame)
            for line in render_kvm_run(obj.get('kvm_run'), xflag):
                print(line)


if __name__ == '__main__':
    main()
