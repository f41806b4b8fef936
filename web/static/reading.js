// Reading pages: contents, progress, back to top, section links.
"use strict";
