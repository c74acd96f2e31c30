"""An independent corpus for the personal-data gate (issue #60): files that hide one personal
datum the way office files and web pages do, and public look-alikes that must pass."""
