import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import './styles/main.css'
import './layout/theme.css'
import App from './App.vue'
import { i18n } from './i18n'
import { createDeskRouter } from './router'
import { backupBeforeUpgrade, startAutoBackups } from './db/backup/boot'

// Desktop only: a database this version is about to upgrade is backed up before anything opens it.
await backupBeforeUpgrade()

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(ElementPlus, { locale: zhCn })
app.use(createDeskRouter())
app.mount('#app')
startAutoBackups()
