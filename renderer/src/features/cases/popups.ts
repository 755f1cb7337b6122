/**
 * Whether a dropdown, picker panel, dialog or message box is showing. Esc belongs to that popup
 * then (it closes itself), not to the page behind it. Read before the popup reacts, i.e. in the
 * same keydown.
 */
export function popupOpen(doc: Document = document): boolean {
  const popups = doc.querySelectorAll('.el-select__popper, .el-cascader__dropdown, .el-picker__popper, .el-overlay')
  // a hidden popper is display: none, which leaves it no boxes; one fading out is already closed
  return [...popups].some((el) => el.getClientRects().length > 0 && !/-leave-(active|to)\b/.test(el.className))
}
