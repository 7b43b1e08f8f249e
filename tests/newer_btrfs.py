"""newer_btrfs.py: strace 6.1's btrfs ioctl lines as strace 7.2 prints them, for
tests/compare.py when the reference at hand is Debian's 6.1.

Each rule is one known change of spelling, applied only on a line of a btrfs request
(BTRFS_IOC_*) and only to the fields named here:
- tree ids 12 and 13 (BTRFS_RAID_STRIPE_TREE_OBJECTID, BTRFS_REMAP_TREE_OBJECTID), which
  6.1 prints as numbers wherever an object id is named (SEND's clone_sources too);
- item key types 172, 230, 234-236, numbers in 6.1 too;
- flag bits 6.1 leaves in the hex remainder: RAID1C3, RAID1C4, REMAPPED and METADATA_REMAP
  among the block group flags (a balance filter's profiles, a space info's flags),
  RAID_STRIPE_TREE, SIMPLE_QUOTA and REMAP_TREE among the incompat features, and defrag's
  COMPRESS_LEVEL and NOCOMPRESS;
- the ??? text of an unknown send flag (6.1: BTRFS_SEND_FLAGS_???).
Under -X raw both print numbers, and nothing changes.
"""
import re

OBJECTIDS = {12: 'BTRFS_RAID_STRIPE_TREE_OBJECTID', 13: 'BTRFS_REMAP_TREE_OBJECTID'}
KEY_TYPES = {172: 'BTRFS_EXTENT_OWNER_REF_KEY', 230: 'BTRFS_RAID_STRIPE_KEY',
             234: 'BTRFS_IDENTITY_REMAP_KEY', 235: 'BTRFS_REMAP_KEY',
             236: 'BTRFS_REMAP_BACKREF_KEY'}
ID_FIELD = re.compile(r'\b(tree_id|min_objectid|max_objectid|objectid|treeid|parent_root|'
                      r'progress)=(12|13)\b(?! /\*)')
TYPE_FIELD = re.compile(r'\b(min_type|max_type|type)=(172|230|234|235|236)\b(?! /\*)')

BLOCK_GROUP = [(1 << i, 'BTRFS_BLOCK_GROUP_' + n) for i, n in enumerate(
    ['DATA', 'SYSTEM', 'METADATA', 'RAID0', 'RAID1', 'DUP', 'RAID10', 'RAID5', 'RAID6',
     'RAID1C3', 'RAID1C4', 'REMAPPED', 'METADATA_REMAP'])] + [
    (1 << 48, 'BTRFS_AVAIL_ALLOC_BIT_SINGLE'), (1 << 49, 'BTRFS_SPACE_INFO_GLOBAL_RSV')]
INCOMPAT = [(1 << i, 'BTRFS_FEATURE_INCOMPAT_' + n) for i, n in enumerate(
    ['MIXED_BACKREF', 'DEFAULT_SUBVOL', 'MIXED_GROUPS', 'COMPRESS_LZO', 'COMPRESS_ZSTD',
     'BIG_METADATA', 'EXTENDED_IREF', 'RAID56', 'SKINNY_METADATA', 'NO_HOLES',
     'METADATA_UUID', 'RAID1C34', 'ZONED', 'EXTENT_TREE_V2', 'RAID_STRIPE_TREE'])] + [
    (1 << 16, 'BTRFS_FEATURE_INCOMPAT_SIMPLE_QUOTA'),
    (1 << 17, 'BTRFS_FEATURE_INCOMPAT_REMAP_TREE')]
DEFRAG = [(1, 'BTRFS_DEFRAG_RANGE_COMPRESS'), (2, 'BTRFS_DEFRAG_RANGE_START_IO'),
          (4, 'BTRFS_DEFRAG_RANGE_COMPRESS_LEVEL'), (8, 'BTRFS_DEFRAG_RANGE_NOCOMPRESS')]
# (the lines, the field, its names, the bits 6.1 does not name, the ??? text)
FLAG_FIELDS = [
    (r'BTRFS_IOC_', r'\bprofiles=', BLOCK_GROUP, 0x1e00, 'BTRFS_BLOCK_GROUP_???'),
    (r'BTRFS_IOC_SPACE_INFO\b', r'\{flags=', BLOCK_GROUP, 0x1e00, 'BTRFS_SPACE_INFO_???'),
    (r'BTRFS_IOC_', r'\bincompat_flags=', INCOMPAT, 0x34000, 'BTRFS_FEATURE_INCOMPAT_???'),
    (r'BTRFS_IOC_DEFRAG_RANGE\b', r'\bflags=', DEFRAG, 0xc, 'BTRFS_DEFRAG_RANGE_???'),
]
FLAGS_TEXT = r'(0x[0-9a-f]+(?: /\* [^*]* \*/)?|[A-Z][A-Z0-9_]*(?:\|[A-Z][A-Z0-9_]*)*(?:\|0x[0-9a-f]+)?)'
FLAG_RULES = [(re.compile(lines), re.compile('(%s)%s' % (field, FLAGS_TEXT)), names, newer, unknown)
              for lines, field, names, newer, unknown in FLAG_FIELDS]
CLONE_SOURCES = re.compile(r'\bclone_sources=\[([^\]]*)\]')
SEND_UNKNOWN = re.compile(r'(BTRFS_IOC_SEND\b.*\bflags=0x[0-9a-f]+ /\* )BTRFS_SEND_FLAGS_\?\?\?')


def named(value, name, style):
    return '%d /* %s */' % (value, name) if style == 'verbose' else name


def flags_value(text, names):
    """the value 6.1's text stands for: its number, or its names and hex remainder"""
    if text.startswith('0x'):
        return int(text.split()[0], 16)
    bits = dict((n, b) for b, n in names)
    value = 0
    for word in text.split('|'):
        value |= int(word, 16) if word.startswith('0x') else bits[word]
    return value


def flags_text(value, names, unknown, style):
    """value as 7.2 prints the flag set in the style"""
    shown = [n for b, n in names if value & b]
    rest = value & ~sum(b for b, n in names)
    if not shown:
        return '%#x /* %s */' % (value, unknown)
    text = '|'.join(shown + (['%#x' % rest] if rest else []))
    return '%#x /* %s */' % (value, text) if style == 'verbose' else text


def resplit(m, names, newer, unknown, style):
    try:
        value = flags_value(m.group(2), names)
    except KeyError:
        return m.group(0)
    if not value & newer:
        return m.group(0)
    return m.group(1) + flags_text(value, names, unknown, style)


def clone_sources(m, style):
    """SEND's array of root ids (-v)"""
    ids = [named(int(v), OBJECTIDS[int(v)], style) if v in ('12', '13') else v
           for v in m.group(1).split(', ')]
    return 'clone_sources=[%s]' % ', '.join(ids)


def translate(line, style):
    if style == 'raw' or 'BTRFS_IOC_' not in line:
        return line
    line = ID_FIELD.sub(lambda m: '%s=%s' % (m.group(1), named(int(m.group(2)),
                        OBJECTIDS[int(m.group(2))], style)), line)
    line = TYPE_FIELD.sub(lambda m: '%s=%s' % (m.group(1), named(int(m.group(2)),
                          KEY_TYPES[int(m.group(2))], style)), line)
    line = CLONE_SOURCES.sub(lambda m: clone_sources(m, style), line)
    for lines, field, names, newer, unknown in FLAG_RULES:
        if lines.search(line):
            line = field.sub(lambda m: resplit(m, names, newer, unknown, style), line)
    return SEND_UNKNOWN.sub(r'\1BTRFS_SEND_FLAG_???', line)
