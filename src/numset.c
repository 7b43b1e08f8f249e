/*
 * numset.c: the ground floor's sets of numbers and the one parser of the set syntax that
 * -e trace=, signal=, status=, quiet=, trace-fds=, read=, write= and decode-fds= share.
 * What the options differ in (how many '!', the case of "all", whether an empty list is a
 * set) is data in their struct list_syntax, so each keeps strace's own spelling and
 * messages.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "numset.h"
#include "util.h"

static void grow(struct numset *s, uint64_t n)
{
	size_t bytes = (n / 8 + 1) * 2;
	unsigned char *b;

	if (n < s->nbits)
		return;
	b = realloc(s->bits, bytes);
	if (!b)
		die("out of memory");
	memset(b + s->nbits / 8, s->rest ? 0xff : 0, bytes - s->nbits / 8);
	s->bits = b;
	s->nbits = bytes * 8;
}

int numset_has(const struct numset *s, int64_t n)
{
	if (n < 0)
		return 0;
	if ((uint64_t)n >= s->nbits)
		return s->rest;
	return !!(s->bits[n / 8] & (1u << (n % 8)));
}

void numset_add(struct numset *s, uint64_t n)
{
	grow(s, n);
	s->bits[n / 8] |= 1u << (n % 8);
}

void numset_fill(struct numset *s, int on)
{
	s->rest = on;
	if (s->bits)
		memset(s->bits, on ? 0xff : 0, s->nbits / 8);
}

void numset_invert(struct numset *s)
{
	s->rest = !s->rest;
	for (size_t i = 0; i < s->nbits / 8; i++)
		s->bits[i] = ~s->bits[i];
}

void numset_free(struct numset *s)
{
	free(s->bits);
	memset(s, 0, sizeof(*s));
}

static int same_word(const char *a, const char *b, int exact_case)
{
	return exact_case ? strcmp(a, b) == 0 : strcasecmp(a, b) == 0;
}

static const char *skip_bangs(const char *p, unsigned flags, int *invert)
{
	*invert = 0;
	if (flags & LIST_NO_BANG)
		return p;
	while (*p == '!') {
		*invert = !*invert;
		p++;
		if (flags & LIST_ONE_BANG)
			break;
	}
	return p;
}

/* all and none stand alone: in a list with other words strace calls them invalid */
static int one_word(const struct list_syntax *syn, void *set, char *w, int alone)
{
	int exact = !!(syn->flags & LIST_EXACT_CASE);
	int rc;

	if (!(syn->flags & LIST_OWN_WORDS) && alone) {
		if (same_word(w, "all", exact)) {
			syn->all(set);
			return 0;
		}
		if (same_word(w, "none", exact))
			return 0;
	}
	rc = syn->word(set, w);
	if (rc == -1)
		warnx_("invalid %s '%s'", syn->what, w);
	return rc < 0 ? -1 : 0;
}

int list_parse(const char *spec, const struct list_syntax *syn, void *set)
{
	int invert, words = 0;
	char *copy, *w, *save;
	size_t len;

	copy = strdup(skip_bangs(spec, syn->flags, &invert));
	if (!copy)
		die("out of memory");
	len = strlen(copy);
	for (w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		int alone = strlen(w) == len;	/* the list is this word, no comma */

		words++;
		if (one_word(syn, set, w, alone) < 0) {
			free(copy);
			return -1;
		}
	}
	free(copy);
	if (!words && !(syn->flags & LIST_EMPTY_OK)) {
		warnx_("invalid %s '%s'", syn->what, spec);
		return -1;
	}
	if (invert)
		syn->invert(set);
	return 0;
}

int word_set_word(void *set, char *w)
{
	struct word_set *ws = set;
	int found = 0;

	for (int i = 0; ws->vocab[i].word; i++) {
		if (same_word(w, ws->vocab[i].word, ws->exact_case)) {
			ws->bits |= ws->vocab[i].bits;
			found = 1;
		}
	}
	return found ? 0 : -1;
}

void word_set_all(void *set)
{
	struct word_set *ws = set;

	ws->bits = ws->all;
}

void word_set_invert(void *set)
{
	struct word_set *ws = set;

	ws->bits = ws->all & ~ws->bits;
}

int number_set_word(void *set, char *w)
{
	struct number_set *ns = set;
	uint64_t n;

	if (ns->number(w, &n) < 0)
		return -1;
	numset_add(ns->s, n);
	return 0;
}

void number_set_all(void *set)
{
	numset_fill(((struct number_set *)set)->s, 1);
}

void number_set_invert(void *set)
{
	numset_invert(((struct number_set *)set)->s);
}
