/*
 * symbols.c: names for code addresses, for -k.
 *
 * A module is one ELF file mapped into tracees. Its symbols are read once with libelf, from
 * one table, the one libdw (strace 7.2's unwinder) reads: the file's .symtab, else the
 * .symtab of its separate debug file when one is installed (by build-id under
 * /usr/lib/debug/.build-id, else by .gnu_debuglink), else its .dynsym. An address is named
 * as libdw names it (module_symbol): among the symbols at or below it that cover it, the
 * global and weak ones first, in table order, the nearest winning and a global one over a
 * weak one; the local ones only when none does; a symbol without a size only when no sized
 * one covers the address, and not below the end of a sized one. So a debug file's
 * versioned "__libc_start_main@@GLIBC_2.34" and "raise" over its alias "gsignal" are what
 * both print. Each address's answer is kept, since the same return addresses recur.
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
	unsigned shndx;		/* its section: a sizeless one names only addresses of it */
	int binding;		/* libdw's rank: global 3, weak 2, local 1, others 0 */
	int global;		/* past the table's locals (its sh_info): the first pass's */
	char *name;
	int demangled;		/* name already passed through the demangler */
};

/* An address already named: the symbol's index, -1 for none. */
struct named {
	uint64_t vaddr;
	long sym;
};

struct segment {
	uint64_t offset, filesz, vaddr;
};

/* A section of the file the symbols come from: which one an address lies in. */
struct section {
	unsigned index;
	uint64_t addr, size;
};

struct module {
	unsigned long dev, ino;
	char *path;
	struct symbol *syms;	/* in table order: libdw's choice depends on it */
	size_t nsyms, cap;
	struct named *named;	/* open addressing by vaddr; 0 marks a free slot */
	size_t nnamed, named_cap;
	struct segment *segs;
	size_t nsegs;
	struct section *secs;	/* of the symbols' file, in its order */
	size_t nsecs;
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
	}
	return 0;
}

static void add_symbol(struct module *m, const GElf_Sym *sym, int global, const char *name)
{
	if (m->nsyms == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 256;
		m->syms = xrealloc(m->syms, m->cap * sizeof(*m->syms));
	}
	struct symbol *s = &m->syms[m->nsyms++];
	s->addr = sym->st_value;
	s->size = sym->st_size;
	s->shndx = sym->st_shndx;
	s->binding = binding_rank(sym);
	s->global = global;
	s->name = strdup(name);
	s->demangled = 0;
	if (!s->name)
		die("out of memory");
}

static void read_sections(struct module *m, Elf *elf)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	size_t n;

	if (elf_getshdrnum(elf, &n) != 0)
		return;
	m->secs = xrealloc(NULL, (n ? n : 1) * sizeof(*m->secs));
	while ((scn = elf_nextscn(elf, scn)))
		if (gelf_getshdr(scn, &sh) && m->nsecs < n)
			m->secs[m->nsecs++] = (struct section){ (unsigned)elf_ndxscn(scn),
								sh.sh_addr, sh.sh_size };
}

/* The symbols of elf's first table of this type (SHT_SYMTAB or SHT_DYNSYM) that libdw
 * considers for an address: defined, named, not sections, files or TLS; and elf's
 * sections. 0 when elf has no such table. */
static int read_symbols(struct module *m, Elf *elf, unsigned type)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(elf, scn))) {
		if (!gelf_getshdr(scn, &sh) || sh.sh_entsize == 0 || sh.sh_type != type)
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		if (!d)
			return 0;
		read_sections(m, elf);
		size_t n = sh.sh_size / sh.sh_entsize;
		for (size_t i = 1; i < n; i++) {
			GElf_Sym sym;
			const char *name;
			int kind;

			if (!gelf_getsym(d, (int)i, &sym))
				break;
			kind = GELF_ST_TYPE(sym.st_info);
			if (sym.st_shndx == SHN_UNDEF || kind == STT_SECTION || kind == STT_FILE ||
			    kind == STT_TLS)
				continue;
			name = elf_strptr(elf, sh.sh_link, sym.st_name);
			if (name && *name)
				add_symbol(m, &sym, i >= sh.sh_info, name);
		}
		return 1;
	}
	return 0;
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

		if (!idlen || !dlen || (dlen == idlen && memcmp(did, id, idlen) == 0))
			used = read_symbols(m, elf, SHT_SYMTAB);
	}
	elf_end(elf);
	close(fd);
	return used;
}

/* Reads the debug file's symbols; 0 when there is none. */
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

/* The choice in progress: the best sized symbol, the best one without a size, and the end
 * of the highest sized one seen, below which no sizeless one counts. */
struct choice {
	long sized, sizeless;
	uint64_t min_label;
};

/* Whether s beats the current best: nearer, or of a higher binding. */
static int better(const struct module *m, long best, const struct symbol *s)
{
	return best < 0 || m->syms[best].addr < s->addr || m->syms[best].binding < s->binding;
}

static void choose_among(const struct module *m, uint64_t vaddr, int global, struct choice *c)
{
	for (size_t i = 0; i < m->nsyms; i++) {
		const struct symbol *s = &m->syms[i];

		if (s->global != global || s->addr > vaddr)
			continue;
		if (s->addr + s->size > c->min_label)
			c->min_label = s->addr + s->size;
		if (s->size && vaddr - s->addr >= s->size)
			continue;	/* ends below vaddr */
		if (!better(m, c->sized, s)) {
			/* at the same address, one with a size over one without */
			if (s->size && c->sized >= 0 && m->syms[c->sized].addr == s->addr &&
			    !m->syms[c->sized].size)
				c->sized = (long)i;
		} else if (s->size) {
			c->sized = (long)i;
		} else if (better(m, c->sizeless, s)) {
			c->sizeless = (long)i;
		}
	}
}

/* Whether vaddr lies in symbol s's section (the first section whose range holds it); an
 * absolute symbol only names its own address. */
static int same_section(const struct module *m, const struct symbol *s, uint64_t vaddr)
{
	if (s->shndx >= SHN_LORESERVE)
		return s->addr == vaddr;
	for (size_t i = 0; i < m->nsecs; i++)
		if (vaddr >= m->secs[i].addr && vaddr - m->secs[i].addr < m->secs[i].size)
			return m->secs[i].index == s->shndx;
	return 0;
}

/* libdw's symbol for vaddr (see the top of the file); -1 when none. */
static long choose(const struct module *m, uint64_t vaddr)
{
	struct choice c = { -1, -1, 0 };

	choose_among(m, vaddr, 1, &c);
	if (c.sized < 0 && (c.sizeless < 0 || m->syms[c.sizeless].addr != vaddr))
		choose_among(m, vaddr, 0, &c);
	if (c.sized < 0 && c.sizeless >= 0 && m->syms[c.sizeless].addr >= c.min_label &&
	    same_section(m, &m->syms[c.sizeless], vaddr))
		return c.sizeless;
	return c.sized;
}

static struct named *named_slot(struct module *m, uint64_t vaddr)
{
	size_t i = (size_t)(vaddr * 0x9e3779b97f4a7c15ULL >> 7) & (m->named_cap - 1);

	while (m->named[i].vaddr && m->named[i].vaddr != vaddr)
		i = (i + 1) & (m->named_cap - 1);
	return &m->named[i];
}

/* vaddr's symbol, chosen once */
static long symbol_of(struct module *m, uint64_t vaddr)
{
	if (!vaddr)
		return choose(m, vaddr);
	if (2 * (m->nnamed + 1) > m->named_cap) {
		struct named *old = m->named;
		size_t n = m->named_cap;

		m->named_cap = n ? 2 * n : 64;
		m->named = calloc(m->named_cap, sizeof(*m->named));
		if (!m->named)
			die("out of memory");
		for (size_t i = 0; i < n; i++)
			if (old[i].vaddr)
				*named_slot(m, old[i].vaddr) = old[i];
		free(old);
	}
	struct named *slot = named_slot(m, vaddr);
	if (!slot->vaddr) {
		slot->vaddr = vaddr;
		slot->sym = choose(m, vaddr);
		m->nnamed++;
	}
	return slot->sym;
}

const char *module_symbol(struct module *m, uint64_t vaddr, uint64_t *symaddr)
{
	long i = symbol_of(m, vaddr);

	if (i < 0)
		return NULL;
	struct symbol *s = &m->syms[i];
	if (!s->demangled)
		demangle(s);
	*symaddr = s->addr;
	return s->name;
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
		free(m->named);
		free(m->segs);
		free(m->secs);
		if (m->dwfl)
			dwfl_end(m->dwfl);
		else if (m->lines_fd >= 0)
			close(m->lines_fd);
		free(m->path);
		free(m);
	}
}
