// Labels of the editor island (src/admin/editor), in both languages; passed as data-labels.
import type { Language } from '../core/db/schema.ts';

const vi = {
  toolbar: 'Thanh công cụ soạn thảo', body: 'Nội dung bài viết', paragraph: 'Đoạn văn', heading2: 'Tiêu đề cấp 2', heading3: 'Tiêu đề cấp 3', heading4: 'Tiêu đề cấp 4',
  bold: 'Đậm', italic: 'Nghiêng', underline: 'Gạch chân', strike: 'Gạch ngang', bulletList: 'Danh sách dấu chấm', orderedList: 'Danh sách đánh số',
  blockquote: 'Trích dẫn', horizontalRule: 'Đường kẻ ngang', link: 'Chèn liên kết', unlink: 'Bỏ liên kết', linkPrompt: 'Địa chỉ liên kết (https://…)',
  linkInvalid: 'Địa chỉ liên kết không hợp lệ.', image: 'Chèn ảnh', imageUrl: 'Địa chỉ ảnh', imageUrlInvalid: 'Địa chỉ ảnh không hợp lệ.', imageAlt: 'Mô tả ảnh (alt, bắt buộc)',
  imageAltRequired: 'Cần nhập mô tả ảnh cho người khiếm thị.', imageCaption: 'Chú thích ảnh', mediaPicker: 'Thư viện ảnh', mediaLoading: 'Đang tải thư viện…', mediaEmpty: 'Thư viện chưa có ảnh.',
  mediaLoadFailed: 'Không tải được thư viện ảnh.', mediaChoose: 'Chọn ảnh này',
  mediaNoAlt: 'Chưa có mô tả', mediaUpload: 'Tải ảnh lên từ máy tính', mediaUploading: 'Đang tải lên và chuyển đổi ảnh…', mediaUploaded: 'Đã tải lên và chọn: {name}',
  mediaUploadFailed: 'Không tải được ảnh lên.', mediaAltToLibrary: 'Ảnh này chưa có mô tả trong thư viện: mô tả bạn nhập sẽ được lưu vào thư viện.',
  mediaSaveAlt: 'Lưu mô tả này vào thư viện ảnh', insert: 'Chèn', update: 'Cập nhật', cancel: 'Hủy', table: 'Chèn bảng',
  addRowAfter: 'Thêm hàng', addColumnAfter: 'Thêm cột', deleteRow: 'Xóa hàng', deleteColumn: 'Xóa cột', deleteTable: 'Xóa bảng', undo: 'Hoàn tác', redo: 'Làm lại',
  saving: 'Đang lưu…', saved: 'Đã tự động lưu lúc {time}', saveFailed: 'Chưa lưu được, sẽ thử lại.', conflict: 'Bài đã được người khác lưu. Hãy tải lại trang.',
  offline: 'Mất kết nối, sẽ thử lại.', unsavedChanges: 'Có thay đổi chưa lưu.',
};

const en: typeof vi = {
  toolbar: 'Editor toolbar', body: 'Article body', paragraph: 'Paragraph', heading2: 'Heading 2', heading3: 'Heading 3', heading4: 'Heading 4',
  bold: 'Bold', italic: 'Italic', underline: 'Underline', strike: 'Strikethrough', bulletList: 'Bulleted list', orderedList: 'Numbered list',
  blockquote: 'Quote', horizontalRule: 'Horizontal rule', link: 'Insert link', unlink: 'Remove link', linkPrompt: 'Link address (https://…)',
  linkInvalid: 'Invalid link address.', image: 'Insert image', imageUrl: 'Image address', imageUrlInvalid: 'Invalid image address.', imageAlt: 'Image description (alt, required)',
  imageAltRequired: 'Describe the image for people who cannot see it.', imageCaption: 'Caption', mediaPicker: 'Image library', mediaLoading: 'Loading the library…', mediaEmpty: 'The library has no images yet.',
  mediaLoadFailed: 'The image library could not be loaded.', mediaChoose: 'Choose this image',
  mediaNoAlt: 'No description yet', mediaUpload: 'Upload an image from your computer', mediaUploading: 'Uploading and converting the image…', mediaUploaded: 'Uploaded and selected: {name}',
  mediaUploadFailed: 'The image could not be uploaded.', mediaAltToLibrary: 'The library has no description for this image: the one you type will be saved there too.',
  mediaSaveAlt: 'Also save this description in the image library', insert: 'Insert', update: 'Update', cancel: 'Cancel', table: 'Insert table',
  addRowAfter: 'Add row', addColumnAfter: 'Add column', deleteRow: 'Delete row', deleteColumn: 'Delete column', deleteTable: 'Delete table', undo: 'Undo', redo: 'Redo',
  saving: 'Saving…', saved: 'Autosaved at {time}', saveFailed: 'Not saved yet; will retry.', conflict: 'Someone else saved this article. Reload the page.',
  offline: 'Offline; will retry.', unsavedChanges: 'There are unsaved changes.',
};

export const editorLabels: Record<Language, typeof vi> = { vi, en };
