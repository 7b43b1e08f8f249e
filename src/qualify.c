/*
 * qualify.c: the -e language. `-e trace=SET` picks the calls that are printed; a SET is
 * a comma list of names and %classes, "all" or "none", "!" in front negating the whole set.
 */
#include <stdlib.h>
#include <string.h>

#include "fdinfo.h"
#include "print.h"
#include "strc.h"
#include "tables.h"

static unsigned char trace_set[SYS_COUNT];
static int trace_set_used;	/* 0: no -e trace= given, everything is traced */

static const struct {
	const char *name;
	uint32_t bits;
} classes[] = {
	{ "file", CLASS_FILE }, { "desc", CLASS_DESC }, { "process", CLASS_PROCESS },
	{ "net", CLASS_NETWORK }, { "network", CLASS_NETWORK }, { "signal", CLASS_SIGNAL },
	{ "ipc", CLASS_IPC }, { "memory", CLASS_MEMORY }, { "creds", CLASS_CREDS },
	{ "clock", CLASS_CLOCK }, { "stat", CLASS_STAT }, { "lstat", CLASS_LSTAT },
	{ "fstat", CLASS_FSTAT }, { "%stat", CLASS_STAT_LIKE }, { "statfs", CLASS_STATFS },
	{ "fstatfs", CLASS_FSTATFS }, { "%statfs", CLASS_STATFS_LIKE }, { "pure", CLASS_PURE },
};

static int class_bits(const char *name, uint32_t *bits)
{
	for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
		if (strcmp(classes[i].name, name) == 0) {
			*bits = classes[i].bits;
			return 0;
		}
	}
	return -1;
}

/* Adds one word of a trace= list to set; -1 when the word names nothing. */
static int add_trace_word(unsigned char *set, const char *w)
{
	if (strcmp(w, "all") == 0) {
		memset(set, 1, SYS_COUNT);
		return 0;
	}
	if (strcmp(w, "none") == 0)
		return 0;
	if (w[0] == '%') {
		uint32_t bits;

		if (class_bits(w + 1, &bits) < 0)
			return -1;
		for (int i = 0; i < SYS_COUNT; i++)
			if (sysent[i].classes & bits)
				set[i] = 1;
		return 0;
	}
	int id = syscall_by_name(w);
	if (id < 0)
		return -1;
	set[id] = 1;
	return 0;
}

static int qualify_trace(const char *list)
{
	unsigned char set[SYS_COUNT];
	int negate = 0;
	char *copy, *w, *save;

	memset(set, 0, sizeof(set));
	if (*list == '!') {
		negate = 1;
		list++;
	}
	if (!*list) {
		warnx_("invalid system call '%s'", list);
		return -1;
	}
	copy = strdup(list);
	if (!copy)
		die("out of memory");
	for (w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		if (add_trace_word(set, w) < 0) {
			warnx_("invalid system call '%s'", w);
			free(copy);
			return -1;
		}
	}
	free(copy);
	trace_set_used = 1;
	for (int i = 0; i < SYS_COUNT; i++)
		trace_set[i] = negate ? !set[i] : set[i];
	return 0;
}

static int key_is(const char *spec, const char *eq, const char *key)
{
	return strlen(key) == (size_t)(eq - spec) && strncmp(spec, key, eq - spec) == 0;
}

int qualify(const char *spec)
{
	const char *eq = strchr(spec, '=');

	if (!eq)
		return qualify_trace(spec);
	if ((size_t)(eq - spec) == 5 && strncmp(spec, "trace", 5) == 0)
		return qualify_trace(eq + 1);
	if ((size_t)(eq - spec) == 1 && spec[0] == 't')
		return qualify_trace(eq + 1);
	if (key_is(spec, eq, "decode-fds") || key_is(spec, eq, "decode-fd"))
		return fdinfo_qualify(eq + 1);
	if (key_is(spec, eq, "read") || key_is(spec, eq, "reads") || key_is(spec, eq, "r"))
		return dumpio_qualify(0, eq + 1);
	if (key_is(spec, eq, "write") || key_is(spec, eq, "writes") || key_is(spec, eq, "w"))
		return dumpio_qualify(1, eq + 1);
	static const char *const later[] = {
		"abbrev", "verbose", "raw", "signal", "signals", "s", "fault", "inject", "status",
		"quiet", "silent", "silence", "q", "trace-fds", "trace-fd", "kvm", NULL
	};
	for (int i = 0; later[i]; i++) {
		if (strlen(later[i]) == (size_t)(eq - spec) &&
		    strncmp(spec, later[i], eq - spec) == 0) {
			warnx_("-e %s= is not supported yet", later[i]);
			return -1;
		}
	}
	warnx_("invalid system call '%s'", spec);
	return -1;
}

int trace_selected(int id)
{
	if (!trace_set_used)
		return 1;
	return id >= 0 && trace_set[id];
}

int trace_all_selected(void)
{
	if (!trace_set_used)
		return 1;
	for (int i = 0; i < SYS_COUNT; i++)
		if (!trace_set[i])
			return 0;
	return 1;
}
