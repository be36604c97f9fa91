-- kiln-lsp for Neovim 0.11's vim.lsp.config / vim.lsp.enable('kiln').
-- The commands :KilnRun, :KilnTrace and :KilnProfile come with
-- require('kiln').setup(); see :help kiln.
return {
  cmd = { 'kiln-lsp' },
  filetypes = { 'python' },
  root_markers = { '.git', 'pyproject.toml', 'setup.py', 'setup.cfg', '.kiln' },
  init_options = { runTimeout = 30, trackResources = true },
}
