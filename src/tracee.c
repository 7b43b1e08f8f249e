/*
 * tracee.c: the table of traced threads, by pid, and the call each has in progress (on the
 * ABI floor: it needs only the ground floor). A build under -f has thousands of short
 * processes, so lookups are a hash, and a tracee's memory is freed when it ends, with
 * whatever its call held.
 */
#include <stdlib.h>

#include "strc.h"

#define HASH_SIZE 1024

static struct tracee *hash[HASH_SIZE];
static unsigned count;

static unsigned slot(pid_t pid)
{
	return (unsigned)pid % HASH_SIZE;
}

struct tracee *tracee_find(pid_t pid)
{
	for (struct tracee *t = hash[slot(pid)]; t; t = t->hnext)
		if (t->pid == pid)
			return t;
	return NULL;
}

struct tracee *tracee_new(pid_t pid)
{
	struct tracee *t = calloc(1, sizeof(*t));

	if (!t)
		die("out of memory");
	t->pid = pid;
	t->id = -1;
	t->hnext = hash[slot(pid)];
	hash[slot(pid)] = t;
	count++;
	debug_msg("new tracee for pid %d, active tracees: %u", pid, count);
	return t;
}

void call_release(struct tracee *t)
{
	if (t->release && t->owned)
		t->release(t->owned);
	t->owned = NULL;
	t->release = NULL;
}

void call_begin(struct tracee *t)
{
	call_release(t);
	t->call = (struct call){ .id = -1 };
}

void call_move(struct tracee *to, struct tracee *from)
{
	call_release(to);
	to->call = from->call;
	from->owned = NULL;	/* what it held is to's to release now */
	from->release = NULL;
}

void call_own(struct tracee *t, void *p, void (*release)(void *p))
{
	call_release(t);
	t->owned = p;
	t->release = release;
}

void tracee_free(struct tracee *t)
{
	struct tracee **p;

	call_release(t);
	free(t->deferred);

	for (p = &hash[slot(t->pid)]; *p; p = &(*p)->hnext) {
		if (*p == t) {
			*p = t->hnext;
			count--;
			debug_msg("dropped tracee for pid %d, active tracees: %u", t->pid, count);
			break;
		}
	}
	free(t);
}

unsigned tracee_count(void)
{
	return count;
}

/* Iteration in no particular order, for detaching from everything at the end. */
static struct tracee *first_from(unsigned s)
{
	for (; s < HASH_SIZE; s++)
		if (hash[s])
			return hash[s];
	return NULL;
}

struct tracee *tracee_first(void)
{
	return first_from(0);
}

struct tracee *tracee_next(struct tracee *t)
{
	return t->hnext ? t->hnext : first_from(slot(t->pid) + 1);
}
