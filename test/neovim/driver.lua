-- Runs inside headless Neovim after the README's init.lua has attached Tifa to the current buffer.
-- Reads a plan (positions in Neovim's own byte columns), asks the server through Neovim's LSP client,
-- writes what Neovim received as JSON, and quits. Every wait is on a condition with a timeout.
local plan = vim.fn.json_decode(table.concat(vim.fn.readfile(vim.env.TIFA_NVIM_PLAN), '\n'))
local out = {}

local function request(buf, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, plan.timeout)
  if not responses then return nil, err end
  for _, response in pairs(responses) do
    if response.error then return nil, response.error.message end
    return response.result
  end
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[buf].filetype
  out.attached = vim.wait(plan.timeout, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 20)
  if not out.attached then return end
  vim.wait(plan.timeout, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, code = d.code, message = d.message })
  end

  -- Hover as `K` asks for it: from the cursor, converted by Neovim to the server's UTF-16 position.
  vim.api.nvim_win_set_cursor(0, { plan.hover.line + 1, plan.hover.col })
  out.hover_params = vim.lsp.util.make_position_params()
  out.hover = request(buf, 'textDocument/hover', out.hover_params)

  -- Completion at the end of the line, as in insert mode; the chosen item's edit is applied by Neovim.
  vim.o.virtualedit = 'onemore'
  vim.api.nvim_win_set_cursor(0, { plan.complete.line + 1, plan.complete.col })
  out.complete_params = vim.lsp.util.make_position_params()
  local result = request(buf, 'textDocument/completion', out.complete_params)
  local items = result and (result.items or result) or {}
  out.labels = {}
  for _, item in ipairs(items) do
    table.insert(out.labels, item.label)
    if item.label == plan.complete.accept and item.textEdit then
      vim.lsp.util.apply_text_edits({ item.textEdit }, buf, 'utf-16')
    end
  end
  out.line_after = vim.api.nvim_buf_get_lines(buf, plan.complete.line, plan.complete.line + 1, false)[1]
end

local ok, err = pcall(run)
if not ok then out.error = tostring(err) end
vim.fn.writefile({ vim.fn.json_encode(out) }, vim.env.TIFA_NVIM_RESULT)
vim.cmd('qall!')
