"""newer_families.py: strace 6.1's bpf, perf_event_open and netlink lines as strace 7.2 prints
them, for tests/compare.py when the reference at hand is Debian's 6.1.

Each rule is one known change of spelling. What 7.2 prints from bytes 6.1 showed (its
extra_data, or the zeros its missing "..." vouches for) is rebuilt exactly. What 6.1's log
cannot tell at all is masked in both logs (unknowable(), only against 6.1): a field the kernel
writes back that 6.1 never read (log_true_size), bytes inside 6.1's own struct that it did not
print (core_relo_cnt), a "..." hiding which bytes were set, an attribute 6.1 printed as its
address only, a nlctrl payload 6.1 showed as bytes cut at -s. Against 7.2 nothing here applies,
so those parts are checked there.
"""
import re
import socket

MASK = '?'  # a field value 6.1 cannot know
STRUCT_MASK = '<unknown to strace 6.1>'  # a whole attribute 6.1 cannot know

BPF_CMDS = {
    'BPF_MAP_CREATE': 0, 'BPF_PROG_LOAD': 5, 'BPF_OBJ_PIN': 6, 'BPF_OBJ_GET': 7,
    'BPF_PROG_ATTACH': 8, 'BPF_PROG_DETACH': 9, 'BPF_PROG_GET_NEXT_ID': 11,
    'BPF_MAP_GET_NEXT_ID': 12, 'BPF_PROG_GET_FD_BY_ID': 13, 'BPF_MAP_GET_FD_BY_ID': 14,
    'BPF_OBJ_GET_INFO_BY_FD': 15, 'BPF_PROG_QUERY': 16, 'BPF_RAW_TRACEPOINT_OPEN': 17,
    'BPF_BTF_LOAD': 18, 'BPF_BTF_GET_FD_BY_ID': 19, 'BPF_BTF_GET_NEXT_ID': 23,
    'BPF_LINK_CREATE': 28, 'BPF_LINK_GET_NEXT_ID': 31, 'BPF_ENABLE_STATS': 32,
    'BPF_ITER_CREATE': 33, 'BPF_LINK_DETACH': 34, 'BPF_PROG_BIND_MAP': 35,
    'BPF_TOKEN_CREATE': 36, 'BPF_PROG_STREAM_READ_BY_FD': 37,
}
CMD = r'(?:BPF_\w+|(?:0x[0-9a-f]+|\d+)(?: /\* BPF_\w+ \*/)?)'
BPF_LINE = re.compile(r'^(.*?\bbpf\()(%s), (\{.*\}), (\d+)\)(.*)$' % CMD)
BPF_ADDR_LINE = re.compile(r'^(.*?\bbpf\()(%s), (0x[0-9a-f]+), (\d+)\)(.*)$' % CMD)
EXTRA = re.compile(r', (?:(\.\.\.)|extra_data="((?:\\x[0-9a-f]{2})*)" /\* bytes (\d+)\.\.\d+ \*/)$')
# the commands 6.1 printed as an address only: their attribute is masked against 6.1
ADDRESS_ONLY = (32, 33, 34, 35, 36, 37)

style = 'abbrev'
verbose = False  # -v (or -e abbrev=none): bytes past a struct show as extra_data, not "..."
fd_decor = {}  # -y: fd number -> the decoration 6.1's log shows for it


class Unknown(Exception):
    """6.1's line does not say what 7.2 prints there"""


def cmd_number(text):
    m = re.match(r'(0x[0-9a-f]+|\d+)', text)
    if m:
        return int(m.group(1), 0)
    return BPF_CMDS.get(text, -1)


def learn(text, const_style, verbose_run):
    """what translation needs from the whole log: the -X style, -v, -y's decorations"""
    global style, verbose
    style, verbose = const_style, verbose_run
    fd_decor.clear()
    for m in re.finditer(r'\b(?:fd|bpf_fd|target_fd|prog_fd|map_fd)=(\d+)(<[^>]*>)', text):
        fd_decor.setdefault(int(m.group(1)), m.group(2))


def hexbytes(text):
    return bytes(int(h, 16) for h in re.findall(r'\\x([0-9a-f]{2})', text))


def styled_hex(data):
    return ''.join('\\x%02x' % b for b in data)


def value(kind, data):
    """a field of 7.2's from its bytes"""
    v = int.from_bytes(data, 'little')
    signed = v - (1 << 32) if len(data) == 4 and v >= 1 << 31 else v
    if kind == 'u':
        return str(v)
    if kind == 'd':
        return str(signed)
    if kind == 'fd':
        return str(signed) + fd_decor.get(signed, '')
    if kind == 'dirfd':
        if signed == -100:
            return {'raw': '-100', 'verbose': '-100 /* AT_FDCWD */'}.get(style, 'AT_FDCWD')
        return str(signed) + fd_decor.get(signed, '')
    if kind == 'ptr':
        return hex(v) if v else 'NULL'
    if kind == 'x':
        return hex(v) if v else '0'
    if kind == 'zero':  # flags or arrays whose non-zero values 6.1 gives no names for
        if v:
            raise Unknown()
        return '0'
    if kind == 'array':  # a pointer to an array of prog_cnt elements
        if v:
            raise Unknown()
        return 'NULL'
    raise ValueError(kind)


WIDTH = {'u': 4, 'd': 4, 'fd': 4, 'dirfd': 4, 'zero': 4, 'ptr': 8, 'x': 8, 'array': 8,
         'mask': 4}


def extend(body, old_end, size, fields, new_end, verbose_extra):
    """6.1's fields (body, no braces) with 7.2's fields after them.
    fields: (name, offset, kind, starts_group, width or None)"""
    m = EXTRA.search(body)
    head = body[:m.start()] if m else body
    avail = max(0, size - old_end)
    if not m:
        data = bytes(avail)
    elif m.group(1):
        data = None  # "...": some byte from old_end on was set, 6.1 does not say which
    else:
        data = hexbytes(m.group(2))
    out, group_on = head, True
    for name, off, kind, starts, width in fields:
        width = width or WIDTH[kind]
        if starts:
            group_on = size >= off + width if starts == 'whole' else size > off
        if not group_on:
            continue
        if data is None:
            raise Unknown()
        chunk = data[off - old_end:off - old_end + width]
        chunk += bytes(width - len(chunk))
        out += ', %s=%s' % (name, MASK if kind == 'mask' else value(kind, chunk))
    if data is None:
        return out + ', ...'
    rest = data[new_end - old_end:] if new_end > old_end else data
    if any(rest):
        if verbose_extra:
            out += ', extra_data="%s" /* bytes %d..%d */' % (styled_hex(rest), new_end, size - 1)
        else:
            out += ', ...'
    return out


MAP_CREATE = [('value_type_btf_obj_fd', 72, 'fd', True, None),
              ('map_token_fd', 76, 'fd', True, None),
              ('excl_prog_hash', 80, 'ptr', True, None),
              ('excl_prog_hash_size', 88, 'u', False, None)]
PROG_LOAD_TAIL = [('core_relos', 128, 'ptr', True, None),
                  ('core_relo_rec_size', 136, 'u', False, None),
                  ('log_true_size', 140, 'mask', True, None),  # the kernel's answer
                  ('prog_token_fd', 144, 'fd', True, None),
                  ('fd_array_cnt', 148, 'u', True, None),
                  ('signature', 152, 'array', True, None),
                  ('signature_size', 160, 'u', False, None),
                  ('keyring_id', 164, 'd', False, None)]
OBJ_PIN = [('path_fd', 16, 'dirfd', True, None)]
PROG_ATTACH = [('relative_fd', 20, 'fd', True, None),
               ('expected_revision', 24, 'u', False, 8)]
QUERY = [('prog_attach_flags', 32, 'array', True, None), ('link_ids', 40, 'array', True, None),
         ('link_attach_flags', 48, 'array', False, None), ('revision', 56, 'x', False, None)]
RAW_TP = [('cookie', 16, 'x', 'whole', None)]
BTF_LOAD = [('btf_log_true_size', 28, 'mask', True, None),  # the kernel's answer
            ('btf_flags', 32, 'zero', True, None), ('btf_token_fd', 36, 'fd', False, None)]
BTF_BY_ID = [('open_flags', 8, 'zero', True, None), ('fd_by_id_token_fd', 12, 'fd', False, None)]
# 7.2 reads BPF_F_RDONLY (0x8) and BPF_F_WRONLY (0x10) back from 6.1's names
FILE_MODES = {'BPF_F_RDONLY': 0x8, 'BPF_F_WRONLY': 0x10}
IFINDEX_ATTACH = ('BPF_XDP', 'BPF_TCX_INGRESS', 'BPF_TCX_EGRESS', 'BPF_NETKIT_PRIMARY',
                  'BPF_NETKIT_PEER', '0x25', '0x2e', '0x2f', '0x36', '0x37')


def flags_value(text):
    """a BPF_F_* flag set as 6.1 printed it, in any -X style, as a number"""
    text = re.sub(r' /\*.*\*/', '', text)
    value = 0
    for part in text.split('|'):
        value |= FILE_MODES[part] if part in FILE_MODES else int(part, 0)
    return value


def ifindex_text(n):
    try:
        name = socket.if_indextoname(n)
    except OSError:
        return str(n)
    call = 'if_nametoindex("%s")' % name
    return {'raw': str(n), 'verbose': '%d /* %s */' % (n, call)}.get(style, call)


def bpf_body(cmd, body, size, verbose_extra):
    """6.1's attribute (without its braces) as 7.2 prints it"""
    if cmd == 0 and re.search(r'\bmap_extra=\d+(?:, \.\.\.|, extra_data=.*)?$', body):
        return extend(body, 72, size, MAP_CREATE, 92, verbose_extra)
    if cmd == 5 and size > 128:
        body = re.sub(r'(\battach_prog_fd=[^,]*), (fd_array=)', r'\1, core_relo_cnt=%s, \2' % MASK,
                      body)
        return extend(body, 128, size, PROG_LOAD_TAIL, 168, verbose_extra)
    if cmd in (6, 7):
        return extend(body, 16, size, OBJ_PIN, 20, verbose_extra)
    if cmd == 8:
        return extend(body, 20, size, PROG_ATTACH, 32, verbose_extra)
    if cmd == 9:
        m = re.match(r'(target_fd=[^,]*), (attach_type=[^,]*?)((?:, \.\.\.|, extra_data=.*)?)$', body)
        if not m:
            return body
        # attach_bpf_fd and attach_flags lie inside 6.1's struct, which did not print them
        body = '%s, attach_bpf_fd=%s, %s, attach_flags=%s%s' % (m.group(1), MASK, m.group(2),
                                                              MASK, m.group(3))
        return extend(body, 12, size, [('replace_bpf_fd', 16, 'fd', True, None)] + PROG_ATTACH,
                      32, verbose_extra)
    if cmd in (11, 12, 23, 31, 13):
        return next_id_body(cmd, body, size, verbose_extra)
    if cmd == 14:
        return re.sub(r', next_id=\d+', '', body, count=1)
    if cmd == 15 and body.endswith('}}'):
        return info_body(body)
    if cmd == 16 and body.startswith('query={') and body.endswith('}'):
        return 'query={%s}' % extend(body[7:-1], 28, size, QUERY, 64, verbose_extra)
    if cmd == 17 and body.startswith('raw_tracepoint={') and body.endswith('}'):
        return 'raw_tracepoint={%s}' % extend(body[16:-1], 12, size, RAW_TP, 24, verbose_extra)
    if cmd == 18:
        return extend(body, 28, size, BTF_LOAD, 40, verbose_extra)
    if cmd == 19:
        return extend(body, 4, size, BTF_BY_ID, 16, verbose_extra)
    if cmd == 28:
        return link_create_body(body)
    return body


# -v, BPF_OBJ_GET_INFO_BY_FD: the info structs' tails. btf_vmlinux_id and map_extra lie
# inside 6.1's bpf_map_info, which it did not print.
MAP_INFO = [('btf_vmlinux_id', 76, 'mask', False, None), ('map_extra', 80, 'mask', True, None),
            ('hash', 88, 'x', True, None), ('hash_size', 96, 'u', False, None)]
PROG_INFO = [('attach_btf_obj_id', 220, 'u', True, None), ('attach_btf_id', 224, 'u', False, None)]


def info_body(body):
    m = re.match(r'(.*\binfo_len=(\d+)(?: => \d+)?, info=\{)(.*)\}\}$', body)
    if not m:
        return body
    inner, size = m.group(3), int(m.group(2))
    extra = re.search(r'/\* bytes \d+\.\.(\d+) \*/$', inner)
    if extra:
        size = int(extra.group(1)) + 1
    if re.search(r'\bbtf_value_type_id=\d+(?:, extra_data=.*)?$', inner):
        return '%s%s}}' % (m.group(1), extend(inner, 88, size, MAP_INFO, 100, True))
    if re.search(r'\bverified_insns=\d+(?:, extra_data=.*)?$', inner):
        return '%s%s}}' % (m.group(1), extend(inner, 220, size, PROG_INFO, 228, True))
    return body


def next_id_body(cmd, body, size, verbose_extra):
    """*_GET_NEXT_ID: 7.2 has no open_flags; PROG_GET_FD_BY_ID: no next_id nor open_flags.
    What 6.1 printed there are bytes of the attribute past 7.2's struct."""
    first = 'prog_id' if cmd == 13 else 'start_id'
    m = re.match(r'(%s=\d+), next_id=(\d+), open_flags=([^,]*?)((?:, \.\.\.|, extra_data=.*)?)$'
                 % first, body)
    if not m:
        return body
    keep, end = (m.group(1), 4) if cmd == 13 else ('%s, next_id=%s' % (m.group(1), m.group(2)), 8)
    known = b''
    if cmd == 13:
        known += int(m.group(2)).to_bytes(4, 'little')
    known += flags_value(m.group(3)).to_bytes(4, 'little')
    tail = m.group(4)
    if tail.startswith(', extra_data='):
        known += hexbytes(tail)
    elif tail:
        return keep + ', ...'
    known += bytes(max(0, size - end - len(known)))
    known = known[:max(0, size - end)]
    if not any(known):
        return keep
    if verbose_extra:
        return keep + ', extra_data="%s" /* bytes %d..%d */' % (styled_hex(known), end, size - 1)
    return keep + ', ...'


def link_create_body(body):
    m = re.match(r'(link_create=\{prog_fd=[^,]*, )target_fd=(\d+)(?:<[^>]*>)?(, attach_type=([^,]*?)(?: /\* (\w+) \*/)?, .*)$', body)
    if not m or not (m.group(4) in IFINDEX_ATTACH or m.group(5) in IFINDEX_ATTACH):
        return body
    return '%starget_ifindex=%s%s' % (m.group(1), ifindex_text(int(m.group(2))), m.group(3))


def bpf_line(line):
    m = BPF_LINE.match(line)
    if not m:
        return line
    cmd, size = cmd_number(m.group(2).split(' ')[0]), int(m.group(4))
    body = m.group(3)[1:-1]
    try:
        new = bpf_body(cmd, body, size, verbose)
    except Unknown:
        return '%s%s, %s, %d)%s' % (m.group(1), m.group(2), STRUCT_MASK, size, m.group(5))
    return '%s%s, {%s}, %d)%s' % (m.group(1), m.group(2), new, size, m.group(5))


# prog_flags bits 6.1 leaves in the remainder: (bit, name), all above the bits it names
PROG_FLAGS_NEW = [(0x40, 'BPF_F_XDP_DEV_BOUND_ONLY'), (0x80, 'BPF_F_TEST_REG_INVARIANTS')]
# eBPF instruction modes: 6.1 named 0xc0 BPF_XADD and left 0x80 unnamed
EBPF_MODE = re.compile(r'(\{code=(?:(?:0x\d|0) /\* )?BPF_(?:LD|LDX|ST|STX)(?: \*/)?\|'
                       r'(?:(?:0x[0-9a-f]+|0) /\* )?BPF_(?:W|H|B|DW)(?: \*/)?\|)'
                       r'(?:BPF_XADD|0xc0 /\* BPF_XADD \*/|0x80 /\* BPF_\?\?\? \*/)')


def ebpf_mode(m):
    atomic = 'XADD' in m.group(0)
    name = 'BPF_ATOMIC' if atomic else 'BPF_MEMSX'
    if style == 'verbose':
        return m.group(1) + ('0xc0' if atomic else '0x80') + ' /* %s */' % name
    return m.group(1) + name


def prog_flags(m):
    names = [n for n in m.group(2).split('|') if n] if m.group(2) else []
    rest = int(m.group(3), 16)
    for bit, name in PROG_FLAGS_NEW:
        if rest & bit:
            names.append(name)
            rest &= ~bit
    if rest:
        names.append(hex(rest))
    return m.group(1) + '|'.join(names)


PROG_FLAGS = re.compile(r'(\bprog_flags=(?:0x[0-9a-f]+ /\* )?)((?:BPF_F_\w+\|)*)0x([0-9a-f]+)')
# cBPF: 6.1 did not know BPF_JCOND (0xe0 of a jump)
JCOND = re.compile(r'(BPF_JMP(?: \*/)?\|(?:0x8 /\* )?(?:BPF_[KX])?(?:0 /\* BPF_K)?(?: \*/)?\|)0xe0 /\* BPF_\?\?\? \*/')


def jcond(m):
    return m.group(1) + ('0xe0 /* BPF_JCOND */' if style == 'verbose' else 'BPF_JCOND')


def perf_line(line):
    """-v: aux_start_paused, aux_pause, aux_resume from the word 6.1 showed as reserved;
    config3 and config4, which 6.1 never read, for a size past 128"""
    if 'perf_event_open(' not in line:
        return line

    def aux(m):
        bits = int(m.group(2), 16) if m.group(2) else 0
        out = '%s, aux_start_paused=%d, aux_pause=%d, aux_resume=%d' % (
            m.group(1), bits & 1, bits >> 1 & 1, bits >> 2 & 1)
        if bits >> 3:
            out += ', __reserved_3=%#x /* Bits 931..959 */' % (bits >> 3)
        return out
    line = re.sub(r'(\baux_sample_size=\d+)(?: /\* bytes 116\.\.119: (0x[0-9a-f]+) \*/)?', aux, line)
    m = re.search(r'\bsize=(0x[0-9a-f]+|PERF_ATTR_SIZE_VER(\d))', line)
    size = 0
    if m:
        size = int(m.group(1), 16) if m.group(1).startswith('0x') else \
            [64, 72, 80, 96, 104, 112, 120, 128, 136, 144][int(m.group(2))]
    if size > 128:
        extra = ', config3=%s' % MASK + (', config4=%s' % MASK if size > 136 else '')
        line = re.sub(r'(\bsig_data=(?:0x[0-9a-f]+|0))', r'\1' + extra, line)
        if size <= 144:  # 6.1's "..." stood for the bytes past 128, which 7.2 now shows
            line = re.sub(r'(\bconfig[34]=\?), \.\.\.\}', r'\1}', line)
    return line


NLCTRL = re.compile(r'nlmsg_type=(?:nlctrl|0x10(?: /\* nlctrl \*/)?), ')


def translate(line, const_style):
    """one line of 6.1's as 7.2 prints it, where 6.1's log says enough"""
    global style
    style = const_style
    if 'bpf(' in line:
        line = bpf_line(line)
        line = BPF_ADDR_LINE.sub(lambda m: mask_address_only(m), line)
        if style != 'raw':
            line = PROG_FLAGS.sub(prog_flags, line)
    if '{code=' in line and style != 'raw':
        line = EBPF_MODE.sub(ebpf_mode, line)
    if 'BPF_JMP' in line or '0x5 /* BPF_JMP' in line:
        line = JCOND.sub(jcond, line)
    if 'perf_event_open(' in line:
        line = perf_line(line)
    if 'nlmsg_type=' in line and style == 'abbrev':
        line = GENL_HEADER.sub(genl_message, line)
    return line


# Generic netlink (nlctrl and the families its dump names): 7.2 reads every request's flags
# as a get's (NLM_F_DUMP where 6.1 left 0x300), and prints another family's payload as its
# header {cmd, version} and attributes of unnamed types (6.1: bytes), rebuilt here when 6.1
# showed all of it (else unknowable() masks it). A type is a generic family's when it is a
# name of none of the other protocols' type sets.
GENL_HEADER = re.compile(r'(\{nlmsg_len=\d+, nlmsg_type=)([A-Za-z][A-Za-z0-9_]*)(, nlmsg_flags=)'
                         r'([^,]+)(, nlmsg_seq=[^,]+, nlmsg_pid=-?[\w]+\})'
                         r'(, "((?:\\x[0-9a-f]{2})*)"(?!\.\.\.))?')
OTHER_PROTOCOL_TYPES = re.compile(r'(?:NLMSG_|RTM_|SOCK_DIAG_|TCPDIAG_|DCCPDIAG_|AUDIT_|XFRM_|'
                                  r'SELNL_|NFNL_|NETLINK_|IPCTNL_)')
NLMSG_FLAGS = [('NLM_F_REQUEST', 0x1), ('NLM_F_MULTI', 0x2), ('NLM_F_ACK', 0x4), ('NLM_F_ECHO', 0x8),
               ('NLM_F_DUMP_INTR', 0x10), ('NLM_F_DUMP_FILTERED', 0x20)]
GET_FLAGS = NLMSG_FLAGS + [('NLM_F_DUMP', 0x300), ('NLM_F_ROOT', 0x100), ('NLM_F_MATCH', 0x200),
                           ('NLM_F_ATOMIC', 0x400)]


def is_genl_type(name):
    return not OTHER_PROTOCOL_TYPES.match(name)


def get_flags(text):
    """6.1's nlmsg_flags of a generic message as a get request's"""
    names = dict(NLMSG_FLAGS)
    v = 0
    for word in text.split('|'):
        if word in names:
            v |= names[word]
        elif re.match(r'0x[0-9a-f]+$|0$', word):
            v |= int(word, 16)
        else:
            return text
    out = []
    for name, bits in GET_FLAGS:
        if v & bits == bits:
            out.append(name)
            v &= ~bits
    if v or not out:
        out.append('%#x' % v if v else '0')
    return '|'.join(out)


def genl_attrs(data):
    """attributes of unnamed types, as 7.2 prints them; None where they do not parse"""
    out = []
    while data:
        if len(data) < 4:
            return None
        nla_len, nla_type = int.from_bytes(data[:2], 'little'), int.from_bytes(data[2:4], 'little')
        if nla_len < 4 or nla_len > len(data):
            return None
        t = nla_type & 0x3fff
        text = ('NLA_F_NESTED|' if nla_type & 0x8000 else '') + \
            ('NLA_F_NET_BYTEORDER|' if nla_type & 0x4000 else '') + ('%#x' % t if t else '0')
        head = '{nla_len=%d, nla_type=%s}' % (nla_len, text)
        value = data[4:nla_len]
        if value:
            cut = value[:32]
            head = '[%s, "%s"%s]' % (head, styled_hex(cut), '...' if len(value) > 32 else '')
        out.append(head)
        data = data[(nla_len + 3) & ~3:]
    return out[0] if len(out) == 1 else '[%s]' % ', '.join(out)


def genl_message(m):
    name = m.group(2)
    if not is_genl_type(name):
        return m.group(0)
    head = m.group(1) + name + m.group(3) + get_flags(m.group(4)) + m.group(5)
    if m.group(6) is None:
        return head
    data = hexbytes(m.group(7))
    if name == 'nlctrl' or len(data) < 4:
        return head + m.group(6)
    text = '{cmd=%s, version=%d}' % ('%#x' % data[0] if data[0] else '0', data[1])
    if len(data) > 4:
        attrs = genl_attrs(data[4:])
        if attrs is None:
            return head + m.group(6)
        text += ', ' + attrs
    return head + ', ' + text


def mask_address_only(m):
    if cmd_number(m.group(2).split(' ')[0]) not in ADDRESS_ONLY:
        return m.group(0)
    return '%s%s, %s, %s)%s' % (m.group(1), m.group(2), STRUCT_MASK, m.group(4), m.group(5))


# Field values 6.1 cannot know, masked in both logs: (the call's text, the field)
UNKNOWABLE_FIELDS = [
    (r'\bbpf\(', r'core_relo_cnt'), (r'\bbpf\(', r'log_true_size'),
    (r'\bbpf\(', r'btf_log_true_size'),
    (r'\bbpf\((?:BPF_PROG_DETACH|0x9)\b', r'attach_bpf_fd'),
    (r'\bbpf\((?:BPF_PROG_DETACH|0x9)\b', r'attach_flags'),
    (r'\binfo=\{type=', r'btf_vmlinux_id'),
    (r'\bperf_event_open\(', r'config3'), (r'\bperf_event_open\(', r'config4'),
]
FIELD_VALUE = r'(?:0x[0-9a-f]+(?: /\* [^*]* \*/)?|-?\d+(?:<[^>]*>)?|NULL|\w+(?:\|\w+)*|\?)'


def nonzero_fields(text, names):
    for name in names:
        m = re.search(r'\b%s=(%s)' % (name, FIELD_VALUE), text)
        if m and not re.match(r'(?:0|NULL)(?:<[^>]*>)?$', m.group(1)):
            return True
    return False


def unknowable(line):
    """against 6.1: what its log cannot tell, masked in strc's and in the translated log alike"""
    if 'bpf(' in line:
        m = BPF_LINE.match(line)
        if m:
            cmd, size = cmd_number(m.group(2).split(' ')[0]), int(m.group(4))
            if cmd in ADDRESS_ONLY:
                return '%s%s, %s, %d)%s' % (m.group(1), m.group(2), STRUCT_MASK, size, m.group(5))
            # MAP_CREATE without -v: a set byte past map_extra is a "..." to 6.1
            names = [f[0] for f in MAP_CREATE]
            if cmd == 0 and size > 72 and 'extra_data=' not in m.group(3) and \
                    (nonzero_fields(m.group(3), names) or m.group(3).endswith(', ...}')) and \
                    'value_type_btf_obj_fd=' in m.group(3):
                return '%s%s, %s, %d)%s' % (m.group(1), m.group(2), STRUCT_MASK, size, m.group(5))
        if 'info={' in line:  # map info: map_extra lies inside 6.1's struct
            line = re.sub(r'(\binfo=\{type=.*\bmap_extra=)(?:0x[0-9a-f]+|0)', r'\g<1>' + MASK, line)
    for where, field in UNKNOWABLE_FIELDS:
        if re.search(where, line):
            line = re.sub(r'\b(%s=)%s' % (field, FIELD_VALUE), r'\g<1>' + MASK, line)
    if NLCTRL.search(line):
        line = mask_nlctrl(line, NLCTRL)
    if 'nlmsg_type=' in line:
        line = mask_nlctrl(line, GENL_CUT, lambda m: is_genl_type(m.group(2)) and
                           m.group(2) != 'nlctrl' and int(m.group(1)) - 16 > 32)
    return line


# a generic family's message whose payload 6.1 cut at -s (32 bytes): 7.2's attributes
# cannot be rebuilt from it
GENL_CUT = re.compile(r'\{nlmsg_len=(\d+), nlmsg_type=([A-Za-z][A-Za-z0-9_]*), ')


def mask_nlctrl(line, pattern, which=lambda m: True):
    """each such message's payload (after its header) up to the message's closing bracket"""
    out, pos = [], 0
    for m in pattern.finditer(line):
        if not which(m):
            continue
        start = line.find('}, ', m.end())
        if start < 0 or start < pos:
            continue
        start += 3
        depth, i = 0, start
        while i < len(line):
            c = line[i]
            if c == '"':
                i += 1
                while i < len(line) and line[i] != '"':
                    i += 2 if line[i] == '\\' else 1
            elif c in '[{':
                depth += 1
            elif c in ']}':
                if depth == 0:
                    break
                depth -= 1
            i += 1
        out.append(line[pos:start] + 'NLCTRL_PAYLOAD')
        pos = i
    out.append(line[pos:])
    return ''.join(out)
