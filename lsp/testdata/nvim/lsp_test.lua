-- Real-client test of kiln-lsp with headless Neovim 0.7 (run by
-- TestNeovim in lsp/nvim_test.go):
--   KILN_LSP=... KILN=... WORKSPACE=... nvim --headless -u NONE -c 'luafile lsp_test.lua'
-- The workspace holds prog.py, which leaks a file on line 4 (1-based) and
-- has a hot loop on line 5, and .kiln/run.jsonl, the trace log of a run.
-- It prints "nvim-lsp: N passed, N failed" and exits non-zero on failure.
local passed = 0
local function check(cond, what)
  if not cond then error(what, 2) end
  passed = passed + 1
end

local ok, err = pcall(function()
  local ws = assert(os.getenv('WORKSPACE'), 'WORKSPACE not set')
  vim.cmd('cd ' .. vim.fn.fnameescape(ws))
  local exit_code
  local id = assert(vim.lsp.start_client({
    name = 'kiln',
    cmd = { os.getenv('KILN_LSP'), '-kiln', os.getenv('KILN') },
    root_dir = ws,
    init_options = { runTimeout = 60 },
    on_exit = function(code) exit_code = code end,
  }))
  vim.cmd('edit prog.py')
  vim.bo.filetype = 'python'
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, id)
  local client = vim.lsp.get_client_by_id(id)
  local td = vim.lsp.util.make_text_document_params(buf)

  -- The leak from the trace log under .kiln/: a warning on line 4.
  check(vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 20), 'no diagnostics')
  local d = vim.diagnostic.get(buf)
  check(#d == 1 and d[1].lnum == 3, 'diagnostics: ' .. vim.inspect(d))
  check(d[1].severity == vim.diagnostic.severity.WARN and d[1].message:find('ResourceWarning'), 'not a ResourceWarning: ' .. vim.inspect(d[1]))

  -- Code lenses: run, warm-up and the JIT facts of the loop on line 5.
  vim.lsp.codelens.refresh()
  check(vim.wait(10000, function() return #vim.lsp.codelens.get(buf) >= 3 end, 20), 'no lenses')
  local titles = {}
  for _, l in ipairs(vim.lsp.codelens.get(buf)) do titles[#titles + 1] = (l.range.start.line + 1) .. ': ' .. l.command.title end
  local all = table.concat(titles, '\n')
  check(all:find('1: ▶ Run with Kiln', 1, true), 'no run lens: ' .. all)
  check(all:find('5: JIT: compiled after 1039 iterations in 0.4 ms', 1, true), 'no JIT lens on the loop: ' .. all)
  check(all:find('1: Warm-up: 4.0 ms to steady state', 1, true), 'no warm-up lens: ' .. all)

  -- Hover on the loop header: the trace IR with the source interleaved.
  local res = client.request_sync('textDocument/hover', { textDocument = td, position = { line = 4, character = 6 } }, 5000, buf)
  check(res and not res.err and res.result, 'hover failed: ' .. vim.inspect(res))
  local hv = res.result.contents.value
  check(hv:find('JIT trace IR', 1, true) and hv:find('# 6: f.write(line + "\\n")', 1, true), 'hover: ' .. hv)

  -- The quick fix turns f = open(...) into a with statement.
  -- Neovim 0.7 keeps the LSP diagnostic's range in lnum/col, not in user_data.lsp.
  local range = { start = { line = d[1].lnum, character = d[1].col }, ['end'] = { line = d[1].end_lnum, character = d[1].end_col } }
  local lspdiag = vim.tbl_extend('force', d[1].user_data.lsp or {}, { range = range, message = d[1].message, severity = 2 })
  local ca = client.request_sync('textDocument/codeAction', { textDocument = td,
    range = range, context = { diagnostics = { lspdiag } } }, 5000, buf)
  check(ca and ca.result and #ca.result == 1 and ca.result[1].kind == 'quickfix', 'code action: ' .. vim.inspect(ca))
  vim.lsp.util.apply_workspace_edit(ca.result[1].edit, client.offset_encoding or 'utf-16')
  local lines = vim.api.nvim_buf_get_lines(buf, 3, 6, false)
  check(lines[1] == '    with open(path, "w") as f:' and lines[2] == '        for line in lines:', 'fixed text: ' .. vim.inspect(lines))
  vim.cmd('write')

  -- Run the fixed program with kiln: the new run replaces the facts and
  -- the warning stays gone.
  local run = client.request_sync('workspace/executeCommand', { command = 'kiln.run',
    arguments = { vim.uri_from_bufnr(buf) } }, 60000, buf)
  check(run and not run.err and run.result and run.result.exitCode == 0, 'kiln.run: ' .. vim.inspect(run))
  check(run.result.output == '5000\n', 'program output: ' .. vim.inspect(run.result.output))
  vim.wait(500)
  check(#vim.diagnostic.get(buf) == 0, 'diagnostics after the fix and run: ' .. vim.inspect(vim.diagnostic.get(buf)))

  client.stop()
  check(vim.wait(5000, function() return exit_code ~= nil end, 20), 'server did not exit')
  check(exit_code == 0, 'server exit code ' .. tostring(exit_code))
end)
if not ok then
  io.stdout:write('FAIL: ' .. tostring(err) .. '\n')
  io.stdout:write('nvim-lsp: ' .. passed .. ' passed, 1 failed\n')
  vim.cmd('cquit 1')
end
io.stdout:write('nvim-lsp: ' .. passed .. ' passed, 0 failed\n')
vim.cmd('qall!')
