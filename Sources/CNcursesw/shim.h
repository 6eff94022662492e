#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's "-D_XOPEN_SOURCE=600" (a prohibited flag), which would hide the
   wide-character API; NCURSES_WIDECHAR, set before curses.h, is ncurses' own switch for it. */
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

/* Globals and macros Swift 6 cannot use directly, as functions. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }

static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t cn_button1_any(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
/* The wheel: ncurses reports a notch as a press of button 4 (up) or 5 (down). */
static inline mmask_t cn_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_wheel_down(void) { return BUTTON5_PRESSED; }

/* One wide cell from a grapheme (up to 5 code points: a base and its combining marks). */
static inline int cn_setcchar(cchar_t *out, const wchar_t *text, attr_t attrs, short pair) {
    return setcchar(out, text, attrs, pair, NULL);
}

/* The terminal's size from the kernel (after SIGWINCH). */
static inline int cn_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/* The codeset of the current locale ("UTF-8" or something else). */
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

#endif
