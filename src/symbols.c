/*
 * symbols.c: names for code addresses, for -k.
 *
 * A module is one ELF file mapped into tracees. Its symbols are read once with libelf, from
 * one table, the one strace 7.2 (through libdw) names addresses from: the file's .symtab,
 * else the .symtab of its separate debug file when one is installed (by build-id under
 * /usr/lib/debug/.build-id, else by .gnu_debuglink), else its .dynsym. The names are the
 * table's own, so a debug file's `_IO_file_write@@GLIBC_2.2.5` keeps its version.
 *
 * An address is named after a symbol whose [value, value + size) holds it: a global (or
 * weak) one if any holds it, else a local one; among those the nearest below, then the
 * strongest binding (global, weak, local), then the first in the table. Only when no sized
 * symbol holds it, the nearest size-0 label names it, and only if no symbol between the
 * two ends above the label. An address inside no symbol of a stripped program stays
 * unnamed, as in strace, rather than named after the last exported function below it.
 *
 * Modules are kept by device and inode for strc's whole run: a library is mapped by many
 * processes, and every process forked under -f maps the same ones.
 *
 * Under -kk a module also answers "which source line": libdw reads the line tables of the
 * file or of its debug file, which it finds by the same build-id and debuglink rules. That
 * is what strace 7.2 prints after a frame, so the file names are libdw's as they are.
 * Each module gets a libdw session of its own the first time a line is asked of it.
 */
#include <dlfcn.h>
#include <elfutils/libdwfl.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stack.h"
#include "strc.h"

struct symbol {
	uint64_t addr, size;
	uint64_t end;		/* the highest addr + size of this symbol and all below it */
	unsigned seq;		/* index in its table: the first among equals wins */
	int rank;		/* binding: 3 global, 2 weak, 1 local, 0 other */
	int global;		/* after the table's locals (sh_info): looked at first */
	char *name;
	int demangled;		/* name already passed through the demangler */
};

struct segment {
	uint64_t offset, filesz, vaddr;
};

struct module {
	unsigned long dev, ino;
	char *path;
	struct symbol *syms;
	size_t nsyms, cap;
	struct segment *segs;
	size_t nsegs;
	int lines_fd;		/* -kk: the file, kept for libdw until its first line is asked */
	Dwfl *dwfl;		/* -kk: the line tables' session, NULL when none could be made */
	Dwfl_Module *dwmod;
	struct module *next;
};

static struct module *modules;

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p)
		die("out of memory");
	return p;
}

static int binding_rank(const GElf_Sym *sym)
{
	switch (GELF_ST_BIND(sym->st_info)) {
	case STB_GLOBAL:
		return 3;
	case STB_WEAK:
		return 2;
	case STB_LOCAL:
		return 1;
	default:
		return 0;
	}
}

static void add_symbol(struct module *m, const GElf_Sym *sym, size_t index, int global,
		       const char *name)
{
	if (m->nsyms == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 256;
		m->syms = xrealloc(m->syms, m->cap * sizeof(*m->syms));
	}
	struct symbol *s = &m->syms[m->nsyms++];
	s->addr = sym->st_value;
	s->size = sym->st_size;
	s->seq = (unsigned)index;
	s->rank = binding_rank(sym);
	s->global = global;
	s->name = strdup(name);
	s->demangled = 0;
	if (!s->name)
		die("out of memory");
}

/* Sections, file names and thread-local offsets are not places in the code. */
static int names_code(const GElf_Sym *sym)
{
	int type = GELF_ST_TYPE(sym->st_info);

	return type != STT_SECTION && type != STT_FILE && type != STT_TLS &&
	       sym->st_shndx != SHN_UNDEF && sym->st_shndx != SHN_ABS;
}

/* The symbols of elf's first table of this type; 0 when it has none. */
static int read_symbols(struct module *m, Elf *elf, unsigned type)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(elf, scn))) {
		if (gelf_getshdr(scn, &sh) && sh.sh_entsize && sh.sh_type == type)
			break;
	}
	Elf_Data *d = scn ? elf_getdata(scn, NULL) : NULL;
	if (!d)
		return 0;
	size_t n = sh.sh_size / sh.sh_entsize;
	for (size_t i = 1; i < n; i++) {
		GElf_Sym sym;
		const char *name;

		if (!gelf_getsym(d, (int)i, &sym))
			break;
		name = elf_strptr(elf, sh.sh_link, sym.st_name);
		if (name && *name && names_code(&sym))
			add_symbol(m, &sym, i, i >= sh.sh_info, name);
	}
	return 1;
}

static void read_segments(struct module *m, Elf *elf)
{
	size_t n;

	if (elf_getphdrnum(elf, &n) != 0)
		return;
	m->segs = xrealloc(NULL, (n ? n : 1) * sizeof(*m->segs));
	for (size_t i = 0; i < n; i++) {
		GElf_Phdr ph;

		if (!gelf_getphdr(elf, (int)i, &ph) || ph.p_type != PT_LOAD)
			continue;
		m->segs[m->nsegs++] = (struct segment){ ph.p_offset, ph.p_filesz, ph.p_vaddr };
	}
}

/* The GNU build-id note's bytes, or 0 when there is none. */
static size_t build_id(Elf *elf, unsigned char *id, size_t max)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(elf, scn))) {
		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_NOTE)
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		size_t off = 0, name_off, desc_off;
		GElf_Nhdr nh;

		while (d && (off = gelf_getnote(d, off, &nh, &name_off, &desc_off)) > 0) {
			if (nh.n_type == NT_GNU_BUILD_ID && nh.n_namesz == 4 &&
			    memcmp((char *)d->d_buf + name_off, "GNU", 4) == 0 &&
			    nh.n_descsz <= max && nh.n_descsz > 0) {
				memcpy(id, (char *)d->d_buf + desc_off, nh.n_descsz);
				return nh.n_descsz;
			}
		}
	}
	return 0;
}

static const char *debuglink(Elf *elf)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	size_t shstrndx;

	if (elf_getshdrstrndx(elf, &shstrndx) != 0)
		return NULL;
	while ((scn = elf_nextscn(elf, scn))) {
		if (!gelf_getshdr(scn, &sh))
			continue;
		const char *name = elf_strptr(elf, shstrndx, sh.sh_name);
		if (!name || strcmp(name, ".gnu_debuglink") != 0)
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		if (d && d->d_size > 0 && memchr(d->d_buf, '\0', d->d_size))
			return d->d_buf;
	}
	return NULL;
}

static int has_symtab(Elf *elf)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(elf, scn)))
		if (gelf_getshdr(scn, &sh) && sh.sh_type == SHT_SYMTAB)
			return 1;
	return 0;
}

/*
 * Reads the symbols of a debug file at path if it belongs to the module: the same build-id
 * when both have one. Returns 1 when it was used.
 */
static int try_debug_file(struct module *m, const char *path, const unsigned char *id,
			  size_t idlen)
{
	unsigned char did[64];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	int used = 0;

	if (fd < 0)
		return 0;
	Elf *elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (elf && elf_kind(elf) == ELF_K_ELF && has_symtab(elf)) {
		size_t dlen = build_id(elf, did, sizeof(did));

		if (!idlen || !dlen || (dlen == idlen && memcmp(did, id, idlen) == 0)) {
			used = read_symbols(m, elf, SHT_SYMTAB);
		}
	}
	elf_end(elf);
	close(fd);
	return used;
}

/* Returns 1 when a debug file's symbols were read. */
static int read_debug_file(struct module *m, Elf *elf)
{
	unsigned char id[64];
	char path[4096];
	size_t idlen = build_id(elf, id, sizeof(id));

	if (idlen > 1) {
		int n = snprintf(path, sizeof(path), "/usr/lib/debug/.build-id/%02x/", id[0]);
		for (size_t i = 1; i < idlen; i++)
			n += snprintf(path + n, sizeof(path) - n, "%02x", id[i]);
		snprintf(path + n, sizeof(path) - n, ".debug");
		if (try_debug_file(m, path, id, idlen))
			return 1;
	}
	const char *link = debuglink(elf);
	if (!link || strchr(link, '/'))
		return 0;
	const char *slash = strrchr(m->path, '/');
	int dirlen = slash ? (int)(slash - m->path) : 0;
	const char *fmts[] = { "%.*s/%s", "%.*s/.debug/%s", "/usr/lib/debug%.*s/%s" };
	for (size_t i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++) {
		snprintf(path, sizeof(path), fmts[i], dirlen, m->path, link);
		if (strcmp(path, m->path) != 0 && try_debug_file(m, path, id, idlen))
			return 1;
	}
	return 0;
}

static int by_addr(const void *a, const void *b)
{
	const struct symbol *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void sort_symbols(struct module *m)
{
	uint64_t end = 0;

	qsort(m->syms, m->nsyms, sizeof(*m->syms), by_addr);
	for (size_t i = 0; i < m->nsyms; i++) {
		struct symbol *s = &m->syms[i];

		if (s->addr + s->size > end)
			end = s->addr + s->size;
		s->end = end;
	}
}

/*
 * The file the tracee has mapped: its path unless that now names another file (replaced
 * on disk), else the mapping itself through /proc/PID/map_files.
 */
static int open_mapped(pid_t pid, const char *path, uint64_t start, uint64_t end,
		       unsigned long dev, unsigned long ino)
{
	struct stat st;
	char alt[128];
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd >= 0 && fstat(fd, &st) == 0 && st.st_ino == ino &&
	    (unsigned long)st.st_dev == dev)
		return fd;
	if (fd >= 0)
		close(fd);
	snprintf(alt, sizeof(alt), "/proc/%d/map_files/%llx-%llx", pid,
		 (unsigned long long)start, (unsigned long long)end);
	fd = open(alt, O_RDONLY | O_CLOEXEC);
	if (fd >= 0 && fstat(fd, &st) == 0 && st.st_ino == ino)
		return fd;
	if (fd >= 0)
		close(fd);
	return -1;
}

static void load(struct module *m, int fd)
{
	Elf *elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);

	if (elf && elf_kind(elf) == ELF_K_ELF) {
		read_segments(m, elf);
		if (!read_symbols(m, elf, SHT_SYMTAB) && !read_debug_file(m, elf))
			read_symbols(m, elf, SHT_DYNSYM);
	}
	elf_end(elf);
	if (m->nsyms)
		sort_symbols(m);
}

struct module *module_get(pid_t pid, const char *path, uint64_t start, uint64_t end,
			  unsigned long dev, unsigned long ino)
{
	struct module *m;

	for (m = modules; m; m = m->next)
		if (m->dev == dev && m->ino == ino && strcmp(m->path, path) == 0)
			return m;
	m = calloc(1, sizeof(*m));
	if (!m || !(m->path = strdup(path)))
		die("out of memory");
	m->dev = dev;
	m->ino = ino;
	m->lines_fd = -1;
	m->next = modules;
	modules = m;
	static int elf_ready;
	if (!elf_ready) {
		elf_version(EV_CURRENT);
		elf_ready = 1;
	}
	if (path[0] == '/') {
		int fd = open_mapped(pid, path, start, end, dev, ino);

		if (fd >= 0) {
			load(m, fd);
			if (opt.stack_trace > 1)
				m->lines_fd = fd;
			else
				close(fd);
		}
	}
	return m;
}

int module_vaddr(const struct module *m, uint64_t mapoff, uint64_t fileoff, uint64_t *vaddr)
{
	for (size_t i = 0; i < m->nsegs; i++) {
		if (m->segs[i].offset == mapoff) {
			*vaddr = fileoff - mapoff + m->segs[i].vaddr;
			return 0;
		}
	}
	for (size_t i = 0; i < m->nsegs; i++) {
		const struct segment *s = &m->segs[i];

		if (fileoff >= s->offset && fileoff - s->offset < s->filesz) {
			*vaddr = fileoff - s->offset + s->vaddr;
			return 0;
		}
	}
	return -1;
}

/* C++ names as strace prints them; libstdc++ is asked only when one is met. */
static void demangle(struct symbol *s)
{
	typedef char *(*demangler)(const char *, char *, size_t *, int *);
	static demangler fn;
	static int tried;
	int status = -1;

	s->demangled = 1;
	if (strncmp(s->name, "_Z", 2) != 0)
		return;
	if (!tried) {
		void *h = dlopen("libstdc++.so.6", RTLD_LAZY | RTLD_LOCAL);

		tried = 1;
		if (h)
			fn = (demangler)dlsym(h, "__cxa_demangle");
	}
	char *out = fn ? fn(s->name, NULL, NULL, &status) : NULL;
	if (out && status == 0) {
		free(s->name);
		s->name = out;
	} else {
		free(out);
	}
}

/* Whether symbol a names an address better than b (NULL: no symbol yet). */
static int better(const struct symbol *a, const struct symbol *b)
{
	if (!b)
		return 1;
	if (a->global != b->global)
		return a->global;
	if (a->addr != b->addr)
		return a->addr > b->addr;
	if (a->rank != b->rank)
		return a->rank > b->rank;
	return a->seq < b->seq;
}

const char *module_symbol(struct module *m, uint64_t vaddr, uint64_t *symaddr)
{
	size_t lo = 0, hi = m->nsyms;
	struct symbol *best = NULL, *label = NULL;

	/* the first symbol above vaddr */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (m->syms[mid].addr <= vaddr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return NULL;
	/* below i no symbol reaches vaddr once every one below ends at or before it */
	uint64_t reach = m->syms[lo - 1].end;
	for (size_t i = lo; i-- > 0 && m->syms[i].end > vaddr;) {
		struct symbol *s = &m->syms[i];

		if (s->size && vaddr - s->addr < s->size && better(s, best))
			best = s;
	}
	/* a label counts only when nothing below vaddr ends above it */
	for (size_t i = lo; !best && i-- > 0 && m->syms[i].addr >= reach;) {
		struct symbol *s = &m->syms[i];

		if (!s->size && (!label || s->addr > label->addr ||
				 (s->addr == label->addr && better(s, label))))
			label = s;
	}
	if (!best)
		best = label;
	if (!best)
		return NULL;
	if (!best->demangled)
		demangle(best);
	*symaddr = best->addr;
	return best->name;
}

/* The line tables' session of m, made once; libdw takes the file descriptor. */
static Dwfl_Module *lines_of(struct module *m)
{
	static char *debuginfo_path;
	static const Dwfl_Callbacks callbacks = {
		.find_elf = dwfl_build_id_find_elf,
		.find_debuginfo = dwfl_standard_find_debuginfo,
		.debuginfo_path = &debuginfo_path,
	};

	if (m->dwfl || m->lines_fd < 0)
		return m->dwmod;
	m->dwfl = dwfl_begin(&callbacks);
	if (m->dwfl) {
		dwfl_report_begin(m->dwfl);
		m->dwmod = dwfl_report_elf(m->dwfl, m->path, m->path, m->lines_fd, 0, true);
		dwfl_report_end(m->dwfl, NULL, NULL);
	}
	if (!m->dwmod)
		close(m->lines_fd);
	m->lines_fd = -1;
	return m->dwmod;
}

int module_source(struct module *m, uint64_t vaddr, const char **file, int *line)
{
	Dwfl_Module *dm = lines_of(m);
	GElf_Addr bias;

	if (!dm || !dwfl_module_getelf(dm, &bias))
		return -1;
	Dwfl_Line *l = dwfl_module_getsrc(dm, vaddr + bias);
	if (!l)
		return -1;
	*file = dwfl_lineinfo(l, NULL, line, NULL, NULL, NULL);
	return *file ? 0 : -1;
}

void modules_free(void)
{
	while (modules) {
		struct module *m = modules;

		modules = m->next;
		for (size_t i = 0; i < m->nsyms; i++)
			free(m->syms[i].name);
		free(m->syms);
		free(m->segs);
		if (m->dwfl)
			dwfl_end(m->dwfl);
		else if (m->lines_fd >= 0)
			close(m->lines_fd);
		free(m->path);
		free(m);
	}
}
