-- Headless test of the Neovim plugin as a user has it: loaded from the
-- repository's editors/nvim on 'runtimepath', set up with
-- require('kiln').setup{}, a leaking program opened, :KilnRun, then the
-- diagnostic, the code lenses and :KilnTrace's buffer checked. The run is
-- real: leak.py leaks a file on line 4 and has a loop the JIT compiles on
-- line 11, and the facts come from what kiln wrote.
--   KILN_LSP=... KILN=kiln WORKSPACE=... nvim --headless -u NONE \
--     --cmd 'set rtp+=editors/nvim' -c 'luafile editors/nvim/test/plugin_test.lua'
-- Prints "nvim: N passed, N failed"; exits non-zero on failure.
local passed, failed = 0, 0
local function check(cond, what)
  if not cond then error(what, 2) end
  passed = passed + 1
end
local notes = {}
local real_notify = vim.notify
vim.notify = function(msg, level)
  notes[#notes + 1] = { msg = msg, level = level }
end
local function noted(pat)
  for _, n in ipairs(notes) do
    if n.msg:find(pat, 1, true) then return n end
  end
end

-- http_get returns the whole answer (status line, headers, body) to a GET
-- of url on 127.0.0.1, or nil when nothing answers there.
local function http_get(url)
  local port, rest = url:match('^http://127%.0%.0%.1:(%d+)(/.*)$')
  local tcp, chunks, done = vim.loop.new_tcp(), {}, false
  tcp:connect('127.0.0.1', tonumber(port), function(cerr)
    if cerr then done = true return end
    tcp:write('GET ' .. rest .. ' HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n')
    tcp:read_start(function(rerr, data)
      if rerr or not data then done = true return end
      chunks[#chunks + 1] = data
    end)
  end)
  vim.wait(10000, function() return done end, 20)
  if not tcp:is_closing() then tcp:close() end
  local answer = table.concat(chunks)
  return answer ~= '' and answer or nil
end

local ok, err = pcall(function()
  local ws = assert(os.getenv('WORKSPACE'), 'WORKSPACE not set')
  vim.cmd('cd ' .. vim.fn.fnameescape(ws))
  vim.cmd('filetype on')
  local kiln = require('kiln')
  local opened
  kiln.setup({ cmd = { os.getenv('KILN_LSP') }, kiln_path = os.getenv('KILN'), prof_path = os.getenv('KILN_PROF'),
    run_timeout = 60, open_url = function(url) opened = url end })
  for _, c in ipairs({ 'KilnRun', 'KilnTrace', 'KilnProfile', 'KilnOutput' }) do
    check(vim.fn.exists(':' .. c) == 2, 'no command :' .. c)
  end

  vim.cmd('edit leak.py')
  local buf = vim.api.nvim_get_current_buf()
  check(vim.bo.filetype == 'python', 'filetype ' .. vim.bo.filetype)
  local client
  check(vim.wait(30000, function()
    for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
      if c.name == 'kiln' and c.initialized then client = c end
    end
    return client ~= nil
  end, 20), 'kiln-lsp did not attach to leak.py')

  -- Before a run: only the run lenses.
  check(vim.wait(30000, function() return #vim.lsp.codelens.get(buf) >= 2 end, 20), 'no lenses after attach')
  check(vim.lsp.codelens.get(buf)[1].command.title == '▶ Run with Kiln', vim.inspect(vim.lsp.codelens.get(buf)))

  -- :KilnRun: the leak becomes a warning on line 4, the lenses show the JIT.
  vim.cmd('KilnRun')
  check(vim.wait(120000, function() return kiln.last_run ~= nil end, 50), 'KilnRun did not finish')
  local r = kiln.last_run.result
  check(r.exitCode == 0 and r.output:find('5000\n42538\n', 1, true) and r.output:find('ResourceWarning: unclosed file', 1, true)
    and r.leaks == 1, 'run result ' .. vim.inspect(r))
  check(kiln.last_run.summary:find('^exit 0 in .* · 1 leak · warm%-up [%d.]+ ms$'), 'summary ' .. kiln.last_run.summary)
  check(noted('Kiln: exit 0 in'), 'no run notification: ' .. vim.inspect(notes))
  check(not noted('Kiln: exit 0 in').msg:find('\n'), 'multi-line run notification (hit-enter prompt)')
  local ob = kiln.output()
  check(vim.tbl_contains(vim.api.nvim_buf_get_lines(ob, 0, -1, false), '42538'), ':KilnOutput ' .. vim.inspect(vim.api.nvim_buf_get_lines(ob, 0, -1, false)))
  vim.cmd('bwipe ' .. ob)
  check(vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20), 'no diagnostics after :KilnRun')
  local d = vim.diagnostic.get(buf)
  check(#d == 1 and d[1].lnum == 3 and d[1].severity == vim.diagnostic.severity.WARN, 'diagnostics ' .. vim.inspect(d))
  check(d[1].message:find('^ResourceWarning: unclosed file'), 'message ' .. d[1].message)
  local function lens_on(line, prefix)
    for _, l in ipairs(vim.lsp.codelens.get(buf)) do
      if l.range.start.line == line and l.command.title:sub(1, #prefix) == prefix then return l end
    end
  end
  check(vim.wait(30000, function() return lens_on(10, 'JIT: compiled after ') ~= nil end, 20),
    'no JIT lens on line 11 after :KilnRun: ' .. vim.inspect(vim.lsp.codelens.get(buf)))
  check(lens_on(10, 'JIT: compiled after ').command.title:find('^JIT: compiled after %d+ iterations in [%d.]+ ms'),
    'JIT lens ' .. lens_on(10, 'JIT:').command.title)
  check(lens_on(4, 'JIT: not compiled'), 'no abort lens on the loop over a list (line 5)')
  local warm = lens_on(0, 'Warm-up: ')
  check(warm and warm.command.title:find('^Warm%-up: [%d.]+ ms to steady state · 1 loop compiled'), 'no warm-up lens')
  -- The lens is drawn: its title is in the buffer's virtual text.
  local marks = vim.api.nvim_buf_get_extmarks(buf, vim.lsp.codelens.__namespaces[client.id], { 10, 0 }, { 10, -1 }, { details = true })
  local drawn = vim.inspect(marks)
  check(drawn:find('JIT: compiled', 1, true), 'lens not drawn on line 11: ' .. drawn)

  -- :KilnTrace on the loop header: a read-only buffer to the right.
  vim.api.nvim_win_set_cursor(0, { 11, 4 })
  vim.cmd('KilnTrace')
  local tb = vim.fn.bufnr('kiln://trace/leak.py:11')
  check(tb ~= -1, 'no trace buffer; buffers: ' .. vim.inspect(vim.fn.getbufinfo()))
  local lines = vim.api.nvim_buf_get_lines(tb, 0, -1, false)
  check(lines[1]:find('^# line 11: JIT: compiled after %d+ iterations'), 'trace: ' .. vim.inspect(lines))
  check(table.concat(lines, '\n'):find('int_mul_ovf', 1, true), 'no IR in the trace buffer')
  check(vim.bo[tb].modifiable == false and vim.bo[tb].buftype == 'nofile', 'trace buffer is writable')
  check(#vim.api.nvim_list_wins() == 2 and vim.api.nvim_get_current_buf() == buf, 'trace not beside the code')

  -- A click on the JIT lens goes through the plugin to the same buffer.
  vim.cmd('bwipe ' .. tb)
  vim.lsp.commands['kiln.showTrace'](lens_on(10, 'JIT: compiled').command, { bufnr = buf, client_id = client.id })
  check(vim.fn.bufnr('kiln://trace/leak.py:11') ~= -1, 'the lens command did not open the trace')

  -- :KilnProfile: kiln-prof -http serves the run's profile, and the
  -- flame graph's page is opened.
  check(r.profile == ws .. '/.kiln/leak.pb.gz' and vim.loop.fs_stat(r.profile), 'kiln.run wrote no profile: ' .. vim.inspect(r))
  vim.cmd('KilnProfile')
  check(kiln.profile_url and kiln.profile_url:find('^http://127%.0%.0%.1:%d+/ui/flamegraph$'), 'profile url: ' .. vim.inspect(notes))
  check(vim.wait(30000, function() return opened == kiln.profile_url end, 50), 'the flame graph was not opened')
  local page
  check(vim.wait(30000, function()
    page = http_get(kiln.profile_url)
    return page ~= nil
  end, 200), 'kiln-prof does not answer at ' .. kiln.profile_url)
  check(page:find('^HTTP/1%.[01] 200') and page:find('leak.py', 1, true), 'flame graph page: ' .. page:sub(1, 300))
  -- A second run refreshes the lenses again: with checksum(5) the loop on
  -- line 11 never gets hot, so its "compiled" lens must go, on screen too.
  check(vim.api.nvim_get_current_buf() == buf, 'not back in leak.py')
  vim.api.nvim_buf_set_lines(buf, 16, 17, false, { '    print(checksum(5))' })
  kiln.last_run = nil
  vim.cmd('KilnRun')
  check(vim.wait(120000, function() return kiln.last_run ~= nil end, 50), 'the second :KilnRun did not finish')
  check(kiln.last_run.result.output:find('5000\n30\n', 1, true), 'second run: ' .. vim.inspect(kiln.last_run.result))
  local function drawn_on(line)
    return vim.inspect(vim.api.nvim_buf_get_extmarks(buf, vim.lsp.codelens.__namespaces[client.id], { line, 0 }, { line, -1 }, { details = true }))
  end
  check(vim.wait(30000, function()
    return lens_on(10, 'JIT: compiled') == nil and not drawn_on(10):find('JIT: compiled', 1, true)
  end, 20), 'lenses not refreshed after the second run: ' .. drawn_on(10))
  check(not kiln.last_run.summary:find('warm-up', 1, true), 'second summary ' .. kiln.last_run.summary)

  local cmd, url = kiln.profile_command('kiln-prof', 8123, 'p.pb.gz', nil)
  check(table.concat(cmd, ' ') == 'kiln-prof -http=127.0.0.1:8123 -no_browser p.pb.gz' and url == 'http://127.0.0.1:8123/ui/flamegraph', 'profile_command')

  -- nvim-lspconfig and vim.lsp.config shapes.
  local conf = kiln.lsp_config({ cmd = { 'kiln-lsp' } })
  check(conf.cmd[1] == 'kiln-lsp' and conf.filetypes[1] == 'python' and conf.root_dir(ws .. '/leak.py') == ws
    and conf.init_options.runTimeout == 60 and conf.init_options.kilnPath == os.getenv('KILN'), 'lsp_config ' .. vim.inspect(conf))
  local v11 = dofile(vim.fn.globpath(vim.o.runtimepath, 'lsp/kiln.lua'))
  check(v11.cmd[1] == 'kiln-lsp' and v11.filetypes[1] == 'python', 'lsp/kiln.lua')

  -- Without kiln-lsp: a clear error naming the install command.
  kiln.setup({ cmd = { '/nonexistent/kiln-lsp' } })
  vim.cmd('edit other.py')
  local hint = noted('go install github.com/kilnpy/kiln/cmd/kiln-lsp@latest')
  check(hint and hint.level == vim.log.levels.ERROR, 'no install hint: ' .. vim.inspect(notes))
  check(hint.msg:find('"/nonexistent/kiln-lsp"', 1, true) and hint.msg:find(kiln.readme, 1, true), 'hint without the path or the README: ' .. hint.msg)
  check(kiln.readme:find('/editors/nvim/README%.md$'), kiln.readme)

  client.stop()
  check(vim.wait(30000, function() return client.is_stopped() end, 20), 'kiln-lsp did not stop')
end)
vim.notify = real_notify
if not ok then
  failed = 1
  io.stdout:write('FAIL: ' .. tostring(err) .. '\n')
end
io.stdout:write(string.format('nvim: %d passed, %d failed\n', passed, failed))
vim.cmd(failed > 0 and 'cquit 1' or 'qall!')
