import { computed, ref, watch, type Ref } from 'vue'

/** One page of a long list; back to the first page whenever the list's filter changes. */
export function usePaged<T>(rows: Ref<readonly T[]>, filterKey: () => unknown, size = 20) {
  const page = ref(1)
  watch(filterKey, () => (page.value = 1))
  // a list that shrank (a row finished and left it) keeps the last page that still has rows
  watch(() => rows.value.length, (n) => (page.value = Math.min(page.value, Math.max(1, Math.ceil(n / size)))))
  const shown = computed(() => rows.value.slice((page.value - 1) * size, page.value * size))
  return { page, size, shown, total: computed(() => rows.value.length) }
}
